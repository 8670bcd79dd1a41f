// Property tests of the cursor math (fast-check): what every phone computes from a cursor.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCommand, formatPosition, INITIAL_CURSOR, parsePosition, positionAt, type CursorCommand } from "../../core/cursor.ts";
import type { Cursor } from "../../core/protocol.ts";

const RUNTIME = 6_480_000;
const time = fc.double({ min: 1.6e12, max: 1.8e12, noNaN: true });
const position = fc.double({ min: 0, max: RUNTIME, noNaN: true });
const lead = fc.double({ min: 0, max: 2000, noNaN: true });
const cursorArb: fc.Arbitrary<Cursor> = fc.record({
  playing: fc.boolean(),
  positionMs: position,
  anchorServerTime: time,
  rate: fc.constant(1),
  revision: fc.nat(1000),
});
const command: fc.Arbitrary<CursorCommand> = fc.oneof(
  fc.record({ kind: fc.constant("play" as const), positionMs: fc.option(position, { nil: undefined }) }),
  fc.record({ kind: fc.constant("pause" as const), positionMs: fc.option(position, { nil: undefined }) }),
  fc.record({ kind: fc.constant("seek" as const), positionMs: position }),
);

describe("positionAt", () => {
  it("never goes backwards while playing", () => {
    fc.assert(
      fc.property(cursorArb, time, fc.double({ min: 0, max: 1e7, noNaN: true }), (c, t, dt) => {
        const playing = { ...c, playing: true };
        expect(positionAt(playing, t + dt, RUNTIME)).toBeGreaterThanOrEqual(positionAt(playing, t, RUNTIME));
      }),
    );
  });

  it("is frozen while paused", () => {
    fc.assert(
      fc.property(cursorArb, time, time, (c, t1, t2) => {
        const paused = { ...c, playing: false };
        expect(positionAt(paused, t1, RUNTIME)).toBe(positionAt(paused, t2, RUNTIME));
      }),
    );
  });

  it("stays within the runtime", () => {
    fc.assert(
      fc.property(cursorArb, time, (c, t) => {
        const p = positionAt(c, t, RUNTIME);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(RUNTIME);
      }),
    );
  });

  it("holds a future anchor until it comes", () => {
    fc.assert(
      fc.property(cursorArb, fc.double({ min: 0, max: 1000, noNaN: true }), (c, before) => {
        const playing = { ...c, playing: true };
        expect(positionAt(playing, c.anchorServerTime - before, RUNTIME)).toBe(Math.min(RUNTIME, c.positionMs));
      }),
    );
  });
});

describe("applyCommand", () => {
  it("bumps the revision by one for every command", () => {
    fc.assert(
      fc.property(cursorArb, command, time, lead, (c, cmd, now, leadMs) => {
        expect(applyCommand(c, cmd, { now, runtimeMs: RUNTIME, leadMs }).revision).toBe(c.revision + 1);
      }),
    );
  });

  it("makes a seek exact: the position is the one asked for, now or at the anchor", () => {
    fc.assert(
      fc.property(cursorArb, position, time, lead, (c, target, now, leadMs) => {
        const next = applyCommand(c, { kind: "seek", positionMs: target }, { now, runtimeMs: RUNTIME, leadMs });
        expect(next.playing).toBe(c.playing);
        expect(positionAt(next, next.anchorServerTime, RUNTIME)).toBe(target);
        expect(positionAt(next, now, RUNTIME)).toBe(target); // held until the anchor
      }),
    );
  });

  it("pauses where the cursor is, and schedules a play at most 1 s ahead", () => {
    fc.assert(
      fc.property(cursorArb, time, lead, (c, now, leadMs) => {
        const t = Math.max(now, c.anchorServerTime);
        const paused = applyCommand(c, { kind: "pause" }, { now: t, runtimeMs: RUNTIME, leadMs });
        expect(paused.positionMs).toBeCloseTo(positionAt(c, t, RUNTIME), 6);
        const played = applyCommand(paused, { kind: "play" }, { now: t, runtimeMs: RUNTIME, leadMs });
        expect(played.anchorServerTime - t).toBeLessThanOrEqual(1000);
        expect(played.anchorServerTime).toBeGreaterThanOrEqual(t);
        expect(positionAt(played, t + 5000, RUNTIME)).toBeGreaterThan(paused.positionMs - 1e-6);
      }),
    );
  });

  it("keeps a running cursor as it is when play is pressed again", () => {
    const running: Cursor = { playing: true, positionMs: 1000, anchorServerTime: 5000, rate: 1, revision: 3 };
    const again = applyCommand(running, { kind: "play" }, { now: 9000, runtimeMs: RUNTIME, leadMs: 300 });
    expect(positionAt(again, 9000, RUNTIME)).toBe(positionAt(running, 9000, RUNTIME));
  });

  it("starts from the initial cursor", () => {
    const played = applyCommand(INITIAL_CURSOR, { kind: "play" }, { now: 1000, runtimeMs: RUNTIME, leadMs: 250 });
    expect(played).toEqual({ playing: true, positionMs: 0, anchorServerTime: 1250, rate: 1, revision: 1 });
  });
});

describe("positions as text", () => {
  it("round-trips through format and parse", () => {
    fc.assert(
      fc.property(fc.nat(RUNTIME / 1000), (s) => {
        expect(parsePosition(formatPosition(s * 1000))).toBe(s * 1000);
      }),
    );
  });
  it("reads what people type and refuses the rest", () => {
    expect(parsePosition("1:02:03")).toBe(3_723_000);
    expect(parsePosition("62:03")).toBe(3_723_000);
    expect(parsePosition(" 45 ")).toBe(45_000);
    for (const bad of ["", "1:60", "a:10", "1:2:3:4", "-5"]) expect(parsePosition(bad)).toBeNull();
  });
});

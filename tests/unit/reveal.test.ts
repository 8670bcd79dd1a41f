// The reveal rule under random cursor paths: a model of the engine (timers at the next
// cue, catch-up on every command) never reveals anything past the furthest point the
// cursor has reached, and reveals everything up to it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCommand, type CursorCommand, INITIAL_CURSOR, positionAt } from "../../core/cursor.ts";
import type { FilmPack } from "../../core/film-pack.ts";
import type { Cursor } from "../../core/protocol.ts";
import { type Cue, cueKey, cuesOf, dueCues, everything, nextCueMs, revealedContent, timeOfPosition } from "../../core/reveal.ts";
import pack from "../fixtures/films/test-film.json" with { type: "json" };
import { filmPackSchema } from "../../core/film-pack.ts";

const film: FilmPack = filmPackSchema.parse(pack);
const RUNTIME = film.runtimeMs;
const cues = cuesOf(film);

const step = fc.record({
  afterMs: fc.integer({ min: 0, max: 30_000 }),
  command: fc.oneof(
    fc.record({ kind: fc.constant("play" as const) }),
    fc.record({ kind: fc.constant("pause" as const) }),
    fc.record({ kind: fc.constant("seek" as const), positionMs: fc.integer({ min: 0, max: RUNTIME }) }),
  ) as fc.Arbitrary<CursorCommand>,
  leadMs: fc.integer({ min: 0, max: 1000 }),
});

describe("the reveal rule", () => {
  it("never reveals past the furthest point reached, and reveals all before it", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let now = 1_000_000;
        let cursor: Cursor = INITIAL_CURSOR;
        let furthest = 0; // the truth: the furthest position the cursor has been at
        const revealed = new Set<string>();
        const revealedCues: Cue[] = [];

        const catchUp = (at: number) => {
          const position = positionAt(cursor, at, RUNTIME);
          furthest = Math.max(furthest, position);
          for (const cue of dueCues(cues, furthest, revealed)) {
            revealed.add(cueKey(cue));
            revealedCues.push(cue);
          }
        };
        // Runs the engine's timers until `until`: each fires at the next cue's time.
        const runTimers = (until: number) => {
          for (;;) {
            const next = nextCueMs(cues, Math.max(positionAt(cursor, now, RUNTIME), furthest));
            const at = next === undefined ? undefined : timeOfPosition(cursor, next);
            if (at === undefined || at > until) break;
            now = Math.max(now, at);
            catchUp(now);
          }
          now = until;
        };

        catchUp(now); // the first member's join
        for (const s of steps) {
          runTimers(now + s.afterMs);
          // Whatever was revealed, at this moment, is at or before the furthest point.
          for (const cue of revealedCues) expect(cue.atMs).toBeLessThanOrEqual(furthest);
          cursor = applyCommand(cursor, s.command, { now, runtimeMs: RUNTIME, leadMs: s.leadMs });
          catchUp(now);
        }
        runTimers(now + 5000);
        for (const cue of revealedCues) expect(cue.atMs).toBeLessThanOrEqual(furthest);
        // Nothing reached is missing.
        for (const cue of cues) if (cue.atMs <= furthest) expect(revealed.has(cueKey(cue))).toBe(true);
      }),
    );
  });

  it("shows an erased memory's erasure only once it is revealed", () => {
    const shown = revealedContent(film, [{ kind: "memory", itemId: "m1" }]);
    expect(shown.memories).toEqual([{ id: "m1", order: 2, title: "The flat", filmMs: 11_000 }]);
    const erased = revealedContent(film, [
      { kind: "memory", itemId: "m1" },
      { kind: "erasure", itemId: "m1" },
    ]);
    expect(erased.memories[0]!.erasedAtMs).toBe(19_000);
    expect(everything(film).cards).toHaveLength(4);
  });

  it("finds the next cue after a position", () => {
    expect(nextCueMs(cues, -1)).toBe(0);
    expect(nextCueMs(cues, 0)).toBe(2000);
    expect(nextCueMs(cues, 12_000)).toBe(19_000);
    expect(nextCueMs(cues, 50_000)).toBeUndefined();
  });
});

describe("a scene whose place in the story is the twist", () => {
  const twist = filmPackSchema.parse({
    ...pack,
    scenes: pack.scenes.map((s) => (s.id === "s1" ? { ...s, storyOrderAtMs: 45_000 } : s)),
  });

  it("shows the scene at its start without its story order, and the order at its own moment", () => {
    const atStart = revealedContent(twist, [{ kind: "scene", itemId: "s1" }]);
    expect(atStart.scenes[0]).not.toHaveProperty("storyOrder");
    const later = revealedContent(twist, [
      { kind: "scene", itemId: "s1" },
      { kind: "story", itemId: "s1" },
    ]);
    expect(later.scenes[0]!.storyOrder).toBe(3);
    expect(cuesOf(twist)).toContainEqual({ kind: "story", id: "s1", atMs: 45_000 });
  });
});

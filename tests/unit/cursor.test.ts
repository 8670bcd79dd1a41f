import { describe, expect, it } from "vitest";
import { INITIAL_CURSOR, positionAt } from "../../core/cursor.ts";

describe("positionAt", () => {
  const runtime = 100_000;
  it("holds while paused and runs from the anchor while playing", () => {
    expect(positionAt({ ...INITIAL_CURSOR, positionMs: 5000 }, 1e12, runtime)).toBe(5000);
    const playing = { playing: true, positionMs: 5000, anchorServerTime: 1000, rate: 1, revision: 1 };
    expect(positionAt(playing, 3500, runtime)).toBe(7500);
  });
  it("does not move before a future anchor and stops at the runtime", () => {
    const playing = { playing: true, positionMs: 5000, anchorServerTime: 1000, rate: 1, revision: 1 };
    expect(positionAt(playing, 500, runtime)).toBe(5000);
    expect(positionAt(playing, 1e9, runtime)).toBe(runtime);
  });
});

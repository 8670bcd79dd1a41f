import { describe, expect, it } from "vitest";
import { memoryStates } from "../../core/memory.ts";
import type { Memory } from "../../core/protocol.ts";

// As in the film: the last memory of the relationship is shown (and erased) first.
const memories: Memory[] = [
  { id: "fight", order: 3, title: "The last fight", filmMs: 30_000, erasedAtMs: 35_000 },
  { id: "ice", order: 2, title: "On the ice", filmMs: 40_000, erasedAtMs: 50_000 },
  { id: "beach", order: 1, title: "The beach house", filmMs: 60_000 },
];

const at = (ms: number) => Object.fromEntries(memoryStates(memories, ms));

describe("memory states by cursor", () => {
  it("are intact before the film shows them", () => {
    expect(at(10_000)).toEqual({ fight: "intact", ice: "intact", beach: "intact" });
  });
  it("mark the one the erasure is in as current, then erased, from the end back to the beginning", () => {
    expect(at(31_000)).toEqual({ fight: "current", ice: "intact", beach: "intact" });
    expect(at(36_000)).toEqual({ fight: "erased", ice: "intact", beach: "intact" });
    expect(at(45_000)).toEqual({ fight: "erased", ice: "current", beach: "intact" });
    expect(at(61_000)).toEqual({ fight: "erased", ice: "erased", beach: "current" });
  });
  it("follow a seek back: what was erased is intact again at that point of the film", () => {
    expect(at(32_000).fight).toBe("current");
  });
  it("never show an erasure the room has not reached (no erasedAtMs yet)", () => {
    const unrevealed = memories.map(({ erasedAtMs: _e, ...m }) => m);
    expect(Object.fromEntries(memoryStates(unrevealed, 100_000))).toEqual({ fight: "intact", ice: "intact", beach: "current" });
  });
});

// A memory's state on the map, by the cursor: intact until the film shows it, being erased
// while the erasure works through it (the current one), erased once the erasure took it.
// Only what the room has revealed is known: a memory whose erasure the room has not
// reached carries no erasedAtMs, so it can never be shown as erased ahead of the film.
import type { Memory } from "./protocol.ts";

export type MemoryState = "intact" | "current" | "erased";

export function memoryStates(memories: readonly Memory[], positionMs: number): Map<string, MemoryState> {
  const states = new Map<string, MemoryState>();
  let current: Memory | undefined;
  for (const m of memories) {
    if (m.erasedAtMs !== undefined && positionMs >= m.erasedAtMs) states.set(m.id, "erased");
    else {
      states.set(m.id, "intact");
      // The one the film is in: the latest shown whose erasure has not come yet.
      if (m.filmMs <= positionMs && (!current || m.filmMs > current.filmMs)) current = m;
    }
  }
  if (current) states.set(current.id, "current");
  return states;
}

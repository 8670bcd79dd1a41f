// How a client merges `film:revealed` into what it holds. Apart from core/reveal.ts, which
// needs the pack schema, so the phone's bundle does not carry it.
import type { Revealed } from "./protocol.ts";

/** Merges newly revealed items into what a client holds, by id; an erased memory stays erased. */
export function mergeRevealed<T extends Revealed>(current: T, incoming: Revealed): T {
  const merge = <I extends { id: string }>(list: I[], more: I[], combine: (a: I, b: I) => I = (_a, b) => b) => {
    const byId = new Map(list.map((x) => [x.id, x]));
    for (const item of more) {
      const old = byId.get(item.id);
      byId.set(item.id, old ? combine(old, item) : item);
    }
    return [...byId.values()];
  };
  return {
    ...current,
    scenes: merge(current.scenes, incoming.scenes).sort((a, b) => a.startMs - b.startMs),
    cards: merge(current.cards, incoming.cards).sort((a, b) => a.atMs - b.atMs),
    memories: merge(current.memories, incoming.memories, (a, b) => ({ ...a, ...b })).sort((a, b) => a.order - b.order),
  };
}

// Spoiler safety: timed content reaches a guest only once the room's cursor has reached
// it, by play or by seek, and stays revealed after a seek back. These are the pure rules;
// server/reveal/ stores what was revealed (once per room and item) and schedules timers.
import { type FilmPack, toWireCard, toWireMemory, toWireScene } from "./film-pack.ts";
import type { Cursor, Revealed } from "./protocol.ts";

/** One thing that becomes visible at a moment of the film. */
export interface Cue {
  kind: "scene" | "story" | "card" | "memory" | "erasure";
  id: string;
  atMs: number;
}

/** Every cue of a pack, in the order of their moments. */
export function cuesOf(pack: FilmPack): Cue[] {
  const cues: Cue[] = [
    ...pack.scenes.map((s) => ({ kind: "scene" as const, id: s.id, atMs: s.startMs })),
    ...pack.scenes.flatMap((s) =>
      s.storyOrderAtMs !== undefined && s.storyOrderAtMs > s.startMs
        ? [{ kind: "story" as const, id: s.id, atMs: s.storyOrderAtMs }]
        : [],
    ),
    ...pack.cards.map((c) => ({ kind: "card" as const, id: c.id, atMs: c.atMs })),
    ...pack.memories.map((m) => ({ kind: "memory" as const, id: m.id, atMs: m.filmMs })),
    ...pack.memories.flatMap((m) =>
      m.erasedAtMs === undefined ? [] : [{ kind: "erasure" as const, id: m.id, atMs: m.erasedAtMs }],
    ),
  ];
  return cues.sort((a, b) => a.atMs - b.atMs || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

export const cueKey = (cue: Pick<Cue, "kind" | "id">) => `${cue.kind}:${cue.id}`;

/** The cues at or before `reachedMs` that are not yet in `revealed` (keys of cueKey). */
export function dueCues(cues: readonly Cue[], reachedMs: number, revealed: ReadonlySet<string>): Cue[] {
  const due: Cue[] = [];
  for (const cue of cues) {
    if (cue.atMs > reachedMs) break;
    if (!revealed.has(cueKey(cue))) due.push(cue);
  }
  return due;
}

/** The first moment after `positionMs` in a sorted list, or undefined when nothing is left. */
export function nextCueMs(cues: readonly { atMs: number }[], positionMs: number): number | undefined {
  // Binary search: packs hold a few hundred cues and this runs on every cursor change.
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.atMs <= positionMs) lo = mid + 1;
    else hi = mid;
  }
  return cues[lo]?.atMs;
}

/** What a set of reveals shows, in wire shapes: memories carry `erasedAtMs` only once erased. */
export function revealedContent(pack: FilmPack, keys: readonly { kind: Cue["kind"]; itemId: string }[]): Revealed {
  const has = new Set(keys.map((k) => `${k.kind}:${k.itemId}`));
  const memoryIds = new Set(keys.filter((k) => k.kind === "memory" || k.kind === "erasure").map((k) => k.itemId));
  return {
    // A scene whose story order was held back comes again, complete, when it is shown.
    scenes: pack.scenes
      .filter((s) => has.has(`scene:${s.id}`) || has.has(`story:${s.id}`))
      .map((s) => toWireScene(pack, s, storyShown(s, has))),
    cards: pack.cards.filter((c) => has.has(`card:${c.id}`)).map(toWireCard),
    memories: pack.memories
      .filter((m) => memoryIds.has(m.id))
      .map((m) => toWireMemory(m, has.has(`erasure:${m.id}`) ? Number.POSITIVE_INFINITY : -1)),
  };
}

/** Everything a pack holds, for rewatch rooms. */
export function everything(pack: FilmPack): Revealed {
  return revealedContent(pack, cuesOf(pack).map((c) => ({ kind: c.kind, itemId: c.id })));
}

/**
 * The server time at which a playing cursor reaches `positionMs` (never before its anchor);
 * undefined when it is paused or already past it.
 */
export function timeOfPosition(cursor: Cursor, positionMs: number): number | undefined {
  if (!cursor.playing || positionMs < cursor.positionMs) return undefined;
  return cursor.anchorServerTime + (positionMs - cursor.positionMs) / cursor.rate;
}


/** Whether a scene's place in the story may be shown, given the revealed cue keys. */
export function storyShown(scene: { id: string; startMs: number; storyOrderAtMs?: number }, revealed: ReadonlySet<string>): boolean {
  return scene.storyOrderAtMs === undefined || scene.storyOrderAtMs <= scene.startMs || revealed.has(`story:${scene.id}`);
}

import type { Cursor } from "./protocol.ts";

/** The cursor of a room that nobody has started yet. */
export const INITIAL_CURSOR: Cursor = {
  playing: false,
  positionMs: 0,
  anchorServerTime: 0,
  rate: 1,
  revision: 0,
};

/**
 * The film position at server time `serverTime`: it runs from its anchor while playing
 * (never before the anchor, so a play scheduled in the future holds until then) and is
 * clamped to the runtime.
 */
export function positionAt(cursor: Cursor, serverTime: number, runtimeMs: number): number {
  const elapsed = cursor.playing ? Math.max(0, serverTime - cursor.anchorServerTime) * cursor.rate : 0;
  return Math.min(runtimeMs, Math.max(0, cursor.positionMs + elapsed));
}

// The scene cursor: the group's place in the film. Pure functions of the cursor and a
// server time; the server applies them and stores the result, every phone renders from
// them. Nothing is sent while the cursor simply runs.
import type { Cursor } from "./protocol.ts";

/** The cursor of a room that nobody has started yet. */
export const INITIAL_CURSOR: Cursor = {
  playing: false,
  positionMs: 0,
  anchorServerTime: 0,
  rate: 1,
  revision: 0,
};

/** The longest a play or seek is scheduled ahead, so that every phone turns at once. */
export const MAX_LEAD_MS = 1000;

/**
 * The film position at server time `serverTime`: it runs from its anchor while playing
 * (never before the anchor, so a play scheduled in the future holds until then) and is
 * clamped to the runtime.
 */
export function positionAt(cursor: Cursor, serverTime: number, runtimeMs: number): number {
  const elapsed = cursor.playing ? Math.max(0, serverTime - cursor.anchorServerTime) * cursor.rate : 0;
  return Math.min(runtimeMs, Math.max(0, cursor.positionMs + elapsed));
}

export type CursorCommand =
  | { kind: "play"; positionMs?: number }
  | { kind: "pause"; positionMs?: number }
  | { kind: "seek"; positionMs: number };

export interface CommandContext {
  /** Server time at which the command is applied. */
  now: number;
  runtimeMs: number;
  /** How far ahead a play (or a seek while playing) takes effect; clamped to [0, MAX_LEAD_MS]. */
  leadMs: number;
}

/**
 * The cursor after a host command. A play, or a seek while playing, is anchored `leadMs`
 * in the future so every phone starts moving at the same instant; a pause takes effect
 * now. An absent position means the current one. Every command bumps the revision.
 */
export function applyCommand(cursor: Cursor, command: CursorCommand, ctx: CommandContext): Cursor {
  const clamp = (ms: number) => Math.min(ctx.runtimeMs, Math.max(0, ms));
  const current = positionAt(cursor, ctx.now, ctx.runtimeMs);
  const lead = Math.min(MAX_LEAD_MS, Math.max(0, ctx.leadMs));
  const revision = cursor.revision + 1;
  switch (command.kind) {
    case "play":
      // Already playing and no new position: nothing moves, only the revision.
      if (cursor.playing && command.positionMs === undefined) return { ...cursor, revision };
      return { playing: true, positionMs: clamp(command.positionMs ?? current), anchorServerTime: ctx.now + lead, rate: cursor.rate, revision };
    case "pause":
      return { playing: false, positionMs: clamp(command.positionMs ?? current), anchorServerTime: ctx.now, rate: cursor.rate, revision };
    case "seek":
      return {
        playing: cursor.playing,
        positionMs: clamp(command.positionMs),
        anchorServerTime: cursor.playing ? ctx.now + lead : ctx.now,
        rate: cursor.rate,
        revision,
      };
  }
}

/** Of two cursors, the one to show: the higher revision wins. */
export function newerCursor(a: Cursor | undefined, b: Cursor): Cursor {
  return !a || b.revision > a.revision ? b : a;
}

/** m:ss or h:mm:ss of a position in ms. */
export function formatPosition(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Reads "1:02:03", "62:03" or "45" (minutes:seconds, hours:minutes:seconds, seconds). */
export function parsePosition(text: string): number | null {
  const parts = text.trim().split(":");
  if (parts.length > 3 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const nums = parts.map(Number);
  if (nums.slice(1).some((n) => n >= 60)) return null;
  return nums.reduce((acc, n) => acc * 60 + n, 0) * 1000;
}

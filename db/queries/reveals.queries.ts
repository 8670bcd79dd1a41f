import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { reveals, rooms } from "../schema.ts";

export type RevealKind = "scene" | "story" | "card" | "memory" | "erasure";
export interface RevealKey {
  kind: RevealKind;
  itemId: string;
}

/** Moves the room's furthest reached point forward (never back); returns it. */
export async function raiseReached(db: Db, roomId: string, positionMs: number): Promise<number> {
  const [row] = await db
    .update(rooms)
    .set({ reachedMs: sql`greatest(${rooms.reachedMs}, ${positionMs})` })
    .where(eq(rooms.id, roomId))
    .returning({ reachedMs: rooms.reachedMs });
  return row?.reachedMs ?? 0;
}

/**
 * Records reveals; returns only those this call inserted. A reveal another process made
 * first is skipped by the primary key, so each item is announced exactly once.
 */
export async function insertReveals(db: Db, roomId: string, keys: RevealKey[]): Promise<RevealKey[]> {
  if (keys.length === 0) return [];
  return db
    .insert(reveals)
    .values(keys.map((k) => ({ roomId, kind: k.kind, itemId: k.itemId })))
    .onConflictDoNothing()
    .returning({ kind: reveals.kind, itemId: reveals.itemId });
}

export function listReveals(db: Db, roomId: string): Promise<RevealKey[]> {
  return db.select({ kind: reveals.kind, itemId: reveals.itemId }).from(reveals).where(eq(reveals.roomId, roomId));
}

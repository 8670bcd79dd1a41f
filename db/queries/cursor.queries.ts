import { and, eq, sql } from "drizzle-orm";
import type { Cursor } from "../../core/protocol.ts";
import type { Db } from "../client.ts";
import { films, members, rooms } from "../schema.ts";

export interface CursorState {
  cursor: Cursor;
  hostMemberId: string | null;
  runtimeMs: number;
}

/**
 * The room's cursor, host and runtime. With `lock`, the room row is locked until the
 * transaction ends, so commands on one room from several processes queue in the database
 * instead of racing and retrying.
 */
export async function readCursorState(db: Db, roomId: string, lock = false): Promise<CursorState | undefined> {
  const query = db
    .select({
      playing: rooms.cursorPlaying,
      positionMs: rooms.cursorPositionMs,
      anchorServerTime: rooms.cursorAnchorServerTime,
      rate: rooms.cursorRate,
      revision: rooms.cursorRevision,
      hostMemberId: rooms.hostMemberId,
      runtimeMs: films.runtimeMs,
    })
    .from(rooms)
    .innerJoin(films, eq(rooms.filmId, films.id))
    .where(eq(rooms.id, roomId));
  const [row] = lock ? await query.for("update", { of: rooms }) : await query;
  if (!row) return undefined;
  const { hostMemberId, runtimeMs, ...cursor } = row;
  return { cursor, hostMemberId, runtimeMs };
}

/**
 * Stores a new cursor only if the room still has the revision that was read and `hostId`
 * is still its host. False means another command (perhaps in another process) won, or the
 * host changed: the caller reads again and decides.
 */
export async function writeCursor(
  db: Db,
  roomId: string,
  expectedRevision: number,
  hostId: string,
  cursor: Cursor,
): Promise<boolean> {
  const rows = await db
    .update(rooms)
    .set({
      cursorPlaying: cursor.playing,
      cursorPositionMs: cursor.positionMs,
      cursorAnchorServerTime: cursor.anchorServerTime,
      cursorRate: cursor.rate,
      cursorRevision: cursor.revision,
    })
    .where(and(eq(rooms.id, roomId), eq(rooms.cursorRevision, expectedRevision), eq(rooms.hostMemberId, hostId)))
    .returning({ id: rooms.id });
  return rows.length === 1;
}

/**
 * Makes `toId` the host of the room in place of `fromId`, in one transaction. Returns
 * false when `fromId` is no longer the host or `toId` is not a member of the room.
 */
export async function handOffHost(db: Db, roomId: string, fromId: string, toId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, toId), eq(members.roomId, roomId)));
    if (!target) return false;
    const moved = await tx
      .update(rooms)
      .set({ hostMemberId: toId })
      .where(and(eq(rooms.id, roomId), eq(rooms.hostMemberId, fromId)))
      .returning({ id: rooms.id });
    if (moved.length !== 1) return false;
    await tx
      .update(members)
      .set({ role: sql`case when ${members.id} = ${toId} then 'host' else 'guest' end` })
      .where(and(eq(members.roomId, roomId), sql`${members.id} in (${fromId}, ${toId})`));
    return true;
  });
}

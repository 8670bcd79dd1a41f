import { eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { films, members, rooms, type FilmRow, type MemberRow, type RoomRow } from "../schema.ts";

export type RoomWithFilm = RoomRow & { film: FilmRow };

export interface NewRoom {
  id: string;
  code: string;
  filmId: string;
  rewatch: boolean;
}

export interface NewMember {
  id: string;
  name: string;
  role: "host" | "guest";
  tokenHash: string;
}

/**
 * Creates a room with its host in one transaction. Returns null when the code is taken, so
 * the caller can retry with a new one; the unique key decides, not a prior read.
 */
export async function insertRoomWithHost(
  db: Db,
  room: NewRoom,
  host: NewMember,
): Promise<{ room: RoomRow; host: MemberRow } | null> {
  return db.transaction(async (tx) => {
    const [roomRow] = await tx.insert(rooms).values(room).onConflictDoNothing({ target: rooms.code }).returning();
    if (!roomRow) return null;
    const [hostRow] = await tx
      .insert(members)
      .values({ ...host, roomId: roomRow.id })
      .returning();
    const [withHost] = await tx
      .update(rooms)
      .set({ hostMemberId: hostRow!.id })
      .where(eq(rooms.id, roomRow.id))
      .returning();
    return { room: withHost!, host: hostRow! };
  });
}

export async function findRoomByCode(db: Db, code: string): Promise<RoomWithFilm | undefined> {
  const [row] = await db.select().from(rooms).innerJoin(films, eq(rooms.filmId, films.id)).where(eq(rooms.code, code));
  return row ? { ...row.rooms, film: row.films } : undefined;
}

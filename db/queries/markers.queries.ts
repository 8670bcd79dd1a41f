import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { markers, members, type MarkerRow } from "../schema.ts";

export type MarkerWithName = MarkerRow & { name: string };

export async function insertMarker(db: Db, marker: Omit<MarkerRow, "createdAt">): Promise<MarkerRow> {
  const [row] = await db.insert(markers).values(marker).returning();
  return row!;
}

/** The room's markers along the film, with their authors' names. */
export async function listMarkers(db: Db, roomId: string): Promise<MarkerWithName[]> {
  const rows = await db
    .select()
    .from(markers)
    .innerJoin(members, eq(markers.memberId, members.id))
    .where(eq(markers.roomId, roomId))
    .orderBy(asc(markers.positionMs), asc(markers.createdAt));
  return rows.map((r) => ({ ...r.markers, name: r.members.name }));
}

export async function findMarker(db: Db, roomId: string, markerId: string): Promise<MarkerRow | undefined> {
  const [row] = await db
    .select()
    .from(markers)
    .where(and(eq(markers.roomId, roomId), eq(markers.id, markerId)));
  return row;
}

export async function deleteMarker(db: Db, markerId: string): Promise<boolean> {
  const rows = await db.delete(markers).where(eq(markers.id, markerId)).returning({ id: markers.id });
  return rows.length === 1;
}

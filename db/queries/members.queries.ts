import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client.ts";
import { members, type MemberRow } from "../schema.ts";
import type { NewMember } from "./rooms.queries.ts";

export async function insertMember(db: Db, roomId: string, member: NewMember): Promise<MemberRow> {
  const [row] = await db
    .insert(members)
    .values({ ...member, roomId })
    .returning();
  return row!;
}

/** The member of this room holding the token; a token of another room finds nothing. */
export async function findMemberByToken(db: Db, roomId: string, tokenHash: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.roomId, roomId), eq(members.tokenHash, tokenHash)));
  return row;
}

/** Members in the order they joined; `limit` caps the list for very large rooms. */
export function listMembers(db: Db, roomId: string, limit: number): Promise<MemberRow[]> {
  return db
    .select()
    .from(members)
    .where(eq(members.roomId, roomId))
    .orderBy(asc(members.createdAt), asc(members.id))
    .limit(limit);
}

export async function touchMember(db: Db, memberId: string): Promise<void> {
  await db.update(members).set({ lastSeenAt: new Date() }).where(eq(members.id, memberId));
}

export function listMembersById(db: Db, roomId: string, ids: string[]): Promise<MemberRow[]> {
  return db
    .select()
    .from(members)
    .where(and(eq(members.roomId, roomId), inArray(members.id, ids)));
}

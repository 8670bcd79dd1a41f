import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { applyBallots, type Tally } from "../../core/tally.ts";
import type { Db } from "../client.ts";
import { ballots, polls, type PollRow } from "../schema.ts";

export type NewPoll = Omit<PollRow, "createdAt" | "closedAt" | "voters"> & { voters?: number };

export async function insertPoll(db: Db, poll: NewPoll): Promise<PollRow | undefined> {
  // A film poll exists once per room: a second process crossing its moment inserts nothing.
  const [row] = await db.insert(polls).values(poll).onConflictDoNothing().returning();
  return row;
}

export async function findPoll(db: Db, roomId: string, pollId: string): Promise<PollRow | undefined> {
  const [row] = await db
    .select()
    .from(polls)
    .where(and(eq(polls.roomId, roomId), eq(polls.id, pollId)));
  return row;
}

export async function findFilmPoll(db: Db, roomId: string, packPollId: string): Promise<PollRow | undefined> {
  const [row] = await db
    .select()
    .from(polls)
    .where(and(eq(polls.roomId, roomId), eq(polls.packPollId, packPollId)));
  return row;
}

export function listPolls(db: Db, roomId: string): Promise<PollRow[]> {
  return db.select().from(polls).where(eq(polls.roomId, roomId)).orderBy(asc(polls.createdAt), asc(polls.id));
}

/** Every ballot of a member in a room's polls, for `myVote`. */
export async function memberBallots(db: Db, pollIds: string[], memberId: string): Promise<Map<string, string[]>> {
  if (pollIds.length === 0) return new Map();
  const rows = await db
    .select({ pollId: ballots.pollId, optionIds: ballots.optionIds })
    .from(ballots)
    .where(and(inArray(ballots.pollId, pollIds), eq(ballots.memberId, memberId)));
  return new Map(rows.map((r) => [r.pollId, r.optionIds]));
}

/** Closes an open poll; undefined when it was closed already (by a timer or another process). */
export async function closePoll(db: Db, pollId: string): Promise<PollRow | undefined> {
  const [row] = await db
    .update(polls)
    .set({ status: "closed", closedAt: new Date() })
    .where(and(eq(polls.id, pollId), eq(polls.status, "open")))
    .returning();
  return row;
}

/** Opens a closed poll again, with a new deadline. */
export async function reopenPoll(db: Db, pollId: string, closesAt: Date | null): Promise<PollRow | undefined> {
  const [row] = await db
    .update(polls)
    .set({ status: "open", openedAt: new Date(), closesAt, closedAt: null })
    .where(and(eq(polls.id, pollId), eq(polls.status, "closed")))
    .returning();
  return row;
}

export interface BallotInput {
  memberId: string;
  optionIds: string[];
}

/**
 * Stores a batch of ballots in one transaction (a group commit): the poll row is locked,
 * so a close waits for the batch or the batch sees the close; each member's earlier ballot
 * is replaced; counts and voters move by the difference. Returns the new tally, or
 * "closed" when the poll no longer takes ballots (nothing is written then).
 */
export async function castBallots(db: Db, pollId: string, batch: BallotInput[]): Promise<Tally | "closed"> {
  return db.transaction(async (tx) => {
    const [poll] = await tx
      .select({ status: polls.status, closesAt: polls.closesAt, counts: polls.counts, voters: polls.voters })
      .from(polls)
      .where(eq(polls.id, pollId))
      .for("update");
    if (!poll || poll.status !== "open" || (poll.closesAt && poll.closesAt.getTime() <= Date.now())) return "closed";

    // One statement for the whole batch, its ballots passed as one JSON parameter: the
    // CTE reads each member's earlier ballot from the snapshot before the upsert writes.
    const input = JSON.stringify(batch.map((b) => ({ m: b.memberId, o: b.optionIds })));
    const result = await tx.execute(sql`
      with input as (
        select (b->>'m')::uuid as member_id, b->'o' as option_ids from jsonb_array_elements(${input}::jsonb) b
      ),
      previous as (
        select ballots.member_id, ballots.option_ids from ${ballots}
        join input on input.member_id = ballots.member_id
        where ballots.poll_id = ${pollId}
      ),
      upsert as (
        insert into ${ballots} (poll_id, member_id, option_ids)
        select ${pollId}, member_id, option_ids from input
        on conflict (poll_id, member_id) do update set option_ids = excluded.option_ids, cast_at = now()
      )
      select member_id, option_ids from previous`);
    const previous = rowsOf<{ member_id: string; option_ids: string[] | string }>(result);
    const before = new Map(
      previous.map((p) => [p.member_id, typeof p.option_ids === "string" ? (JSON.parse(p.option_ids) as string[]) : p.option_ids]),
    );

    const tally = applyBallots(
      { counts: poll.counts, voters: poll.voters },
      batch.map((b) => ({ before: before.get(b.memberId), after: b.optionIds })),
    );
    await tx.update(polls).set({ counts: tally.counts, voters: tally.voters }).where(eq(polls.id, pollId));
    return tally;
  });
}

/** The tally recounted from the stored ballots, to check the kept counts against. */
export async function storedBallots(db: Db, pollId: string): Promise<string[][]> {
  const rows = await db.select({ optionIds: ballots.optionIds }).from(ballots).where(eq(ballots.pollId, pollId));
  return rows.map((r) => r.optionIds);
}

/** Rows of a raw query: postgres.js returns them as an array, PGlite in `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

// Live polls: host polls (opened when created) and film polls from the pack (opened when
// the playing cursor crosses their moment). One ballot per member per poll is decided by
// the database; ballots are written in group commits and acknowledged after the commit;
// tallies reach the room coalesced, and only the host's phones while results are hidden.
import type { Poll } from "../../core/protocol.ts";
import { ballotProblem, emptyTally, type Tally } from "../../core/tally.ts";
import type { Db } from "../../db/client.ts";
import {
  castBallots,
  closePoll,
  findFilmPoll,
  findPoll,
  insertPoll,
  listPolls,
  memberBallots,
  reopenPoll,
} from "../../db/queries/polls.queries.ts";
import type { PollRow } from "../../db/schema.ts";
import { AppError } from "../errors.ts";
import type { PackCatalog } from "../films/pack-catalog.ts";
import { newId } from "../identity.ts";
import type { Session } from "../rooms/room-service.ts";
import { BallotBatcher } from "./ballot-batcher.ts";
import { TallyBroadcaster } from "./tally-broadcaster.ts";


export interface PollDeps {
  db: Db;
  packs: PackCatalog;
  now: () => number;
  emit: {
    opened: (roomId: string, poll: Poll, hostPoll: Poll) => void;
    closed: (roomId: string, poll: Poll) => void;
    tally: (roomId: string, tally: { pollId: string } & Tally, hostsOnly: boolean) => void;
  };
  log: (message: string, error?: unknown) => void;
  /** Members online in a room on this process (sets how often tallies go out). */
  online: (roomId: string) => number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PollService {
  private readonly batchers = new Map<string, BallotBatcher>();
  private readonly closers = new Map<string, NodeJS.Timeout>();
  private readonly shapes = new Map<string, PollRow>();
  private readonly tallies: TallyBroadcaster;

  constructor(private readonly deps: PollDeps) {
    this.tallies = new TallyBroadcaster(
      (pollId, tally) => {
        const poll = this.shapes.get(pollId);
        if (poll) deps.emit.tally(poll.roomId, { pollId, ...tally }, poll.hideResults);
      },
      (pollId) => {
        const poll = this.shapes.get(pollId);
        return poll ? deps.online(poll.roomId) : 0;
      },
    );
  }

  async create(
    session: Session,
    input: { question: string; options: string[]; kind?: "single" | "multi"; durationMs?: number; hideResults?: boolean },
  ): Promise<Poll> {
    const labels = new Set(input.options.map((o) => o.toLowerCase()));
    if (labels.size !== input.options.length) throw new AppError("invalid_option", "two options have the same label");
    const options = input.options.map((label, i) => ({ id: `o${i + 1}`, label }));
    const row = await insertPoll(this.deps.db, {
      ...this.opening(input.durationMs),
      id: newId(),
      roomId: session.roomId,
      source: "host",
      packPollId: null,
      question: input.question,
      options,
      kind: input.kind ?? "single",
      hideResults: input.hideResults ?? false,
      durationMs: input.durationMs ?? null,
      counts: emptyTally({ kind: "single", options }).counts,
    });
    return this.announceOpened(row!);
  }

  /** Opens a closed poll again, or a film poll the cursor skipped (by its pack id). */
  async open(session: Session, pollId: string): Promise<Poll> {
    if (UUID.test(pollId)) {
      const row = await findPoll(this.deps.db, session.roomId, pollId);
      if (!row) throw new AppError("not_found", "no such poll in this party");
      if (row.status === "open") return this.toWire(row, "host");
      const reopened = await reopenPoll(this.deps.db, row.id, this.opening(row.durationMs ?? undefined).closesAt);
      return this.announceOpened(reopened ?? row);
    }
    const { pack } = await this.deps.packs.get(session.filmId);
    const packPoll = pack.polls.find((p) => p.id === pollId);
    if (!packPoll) throw new AppError("not_found", "no such poll in this party");
    const existing = await findFilmPoll(this.deps.db, session.roomId, packPoll.id);
    if (existing) return this.open(session, existing.id);
    const opened = await this.openFilmPoll(session.roomId, packPoll);
    return opened ?? this.open(session, pollId);
  }

  async close(session: Session, pollId: string): Promise<Poll> {
    if (!UUID.test(pollId)) throw new AppError("not_found", "no such poll in this party");
    const row = await findPoll(this.deps.db, session.roomId, pollId);
    if (!row) throw new AppError("not_found", "no such poll in this party");
    const closed = await this.closeNow(row.id);
    return this.toWire(closed ?? row, "host");
  }

  async vote(session: Session, pollId: string, optionIds: string[]): Promise<{ pollId: string; optionIds: string[] }> {
    const poll = UUID.test(pollId) ? await this.shape(session.roomId, pollId) : undefined;
    if (!poll) throw new AppError("not_found", "no such poll in this party");
    const problem = ballotProblem(poll, optionIds);
    if (problem) throw new AppError("invalid_option", problem);
    let batcher = this.batchers.get(poll.id);
    if (!batcher) {
      batcher = new BallotBatcher(
        (batch) => castBallots(this.deps.db, poll.id, batch),
        (tally) => this.tallies.changed(poll.id, tally),
      );
      this.batchers.set(poll.id, batcher);
    }
    const result = await batcher.add({ memberId: session.member.id, optionIds });
    if (result === "closed") throw new AppError("poll_closed", "this poll is closed");
    return { pollId: poll.id, optionIds };
  }

  /** Film polls whose moment the playing cursor crossed in (fromMs, toMs]. */
  async crossed(room: { id: string; filmId: string }, fromMs: number, toMs: number): Promise<void> {
    const { pack } = await this.deps.packs.get(room.filmId);
    for (const packPoll of pack.polls) {
      if (packPoll.atMs > fromMs && packPoll.atMs <= toMs) await this.openFilmPoll(room.id, packPoll);
    }
  }

  /** The room's polls as a member sees them (no member: a read-only viewer), closing any
   *  whose time ran out meanwhile. */
  async forMember(roomId: string, memberId: string | null, role: "host" | "guest"): Promise<Poll[]> {
    const rows = await listPolls(this.deps.db, roomId);
    const mine = memberId ? await memberBallots(this.deps.db, rows.map((r) => r.id), memberId) : new Map<string, string[]>();
    const now = this.deps.now();
    const result: Poll[] = [];
    for (let row of rows) {
      if (row.status === "open" && row.closesAt) {
        if (row.closesAt.getTime() <= now) row = (await this.closeNow(row.id)) ?? row;
        else this.scheduleClose(row);
      }
      const vote = mine.get(row.id);
      result.push({ ...this.toWire(row, role), ...(vote ? { myVote: vote } : {}) });
    }
    return result;
  }

  stop(): void {
    for (const timer of this.closers.values()) clearTimeout(timer);
    this.closers.clear();
    this.tallies.stop();
  }

  private async openFilmPoll(roomId: string, packPoll: { id: string; question: string; options: { id: string; label: string }[]; kind: "single" | "multi"; durationMs: number; hideResults: boolean }): Promise<Poll | undefined> {
    const row = await insertPoll(this.deps.db, {
      ...this.opening(packPoll.durationMs),
      id: newId(),
      roomId,
      source: "film",
      packPollId: packPoll.id,
      question: packPoll.question,
      options: packPoll.options,
      kind: packPoll.kind,
      hideResults: packPoll.hideResults,
      durationMs: packPoll.durationMs,
      counts: emptyTally(packPoll).counts,
    });
    // Another process opened it first: it announces it.
    return row ? this.announceOpened(row) : undefined;
  }

  private opening(durationMs: number | undefined) {
    const now = this.deps.now();
    return {
      status: "open" as const,
      openedAt: new Date(now),
      closesAt: durationMs ? new Date(now + durationMs) : null,
    };
  }

  private announceOpened(row: PollRow): Poll {
    this.shapes.set(row.id, row);
    this.scheduleClose(row);
    const forHost = this.toWire(row, "host");
    this.deps.emit.opened(row.roomId, this.toWire(row, "guest"), forHost);
    return forHost;
  }

  private scheduleClose(row: PollRow): void {
    if (!row.closesAt || this.closers.has(row.id)) return;
    const timer = setTimeout(
      () => {
        this.closers.delete(row.id);
        this.closeNow(row.id).catch((error) => this.deps.log("closing a poll failed", error));
      },
      Math.max(0, row.closesAt.getTime() - this.deps.now()),
    );
    this.closers.set(row.id, timer);
  }

  /** Closes the poll once (the database decides) and announces its final counts. */
  private async closeNow(pollId: string): Promise<PollRow | undefined> {
    clearTimeout(this.closers.get(pollId));
    this.closers.delete(pollId);
    const closed = await closePoll(this.deps.db, pollId);
    if (!closed) return undefined;
    this.tallies.forget(pollId);
    this.batchers.delete(pollId);
    this.shapes.delete(pollId);
    this.deps.emit.closed(closed.roomId, this.toWire(closed, "host"));
    return closed;
  }

  private async shape(roomId: string, pollId: string): Promise<PollRow | undefined> {
    const cached = this.shapes.get(pollId);
    if (cached) return cached.roomId === roomId ? cached : undefined;
    const row = await findPoll(this.deps.db, roomId, pollId);
    if (row) this.shapes.set(row.id, row);
    return row;
  }

  /** The wire shape; a guest gets no counts of an open poll whose results are hidden. */
  toWire(row: PollRow, role: "host" | "guest"): Poll {
    const withhold = row.hideResults && row.status === "open" && role === "guest";
    return {
      id: row.id,
      question: row.question,
      options: row.options,
      kind: row.kind,
      status: row.status,
      source: row.source,
      openedAt: row.openedAt?.toISOString() ?? null,
      closesAt: row.closesAt?.toISOString() ?? null,
      hideResults: row.hideResults,
      counts: withhold ? {} : row.counts,
      voters: row.voters,
      ...(row.packPollId ? { filmPollId: row.packPollId } : {}),
    };
  }
}

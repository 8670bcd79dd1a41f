// "The Lacuna record" of a party: every poll with its results, the memory map as far as
// the room got, the markers along the film, and who came. Read-only: anyone with the
// party's code can open and share it. It holds only what the room has revealed (all of it
// once the film has run), so an early look spoils nothing.
import { filmSummary } from "../../core/film-pack.ts";
import type { Recap } from "../../core/protocol.ts";
import { everything, revealedContent } from "../../core/reveal.ts";
import type { Db } from "../../db/client.ts";
import { listMembers } from "../../db/queries/members.queries.ts";
import { listReveals } from "../../db/queries/reveals.queries.ts";
import { findRoomByCode } from "../../db/queries/rooms.queries.ts";
import { AppError } from "../errors.ts";
import type { PackCatalog } from "../films/pack-catalog.ts";
import type { MarkerService } from "../markers/marker-service.ts";
import type { PollService } from "../polls/poll-service.ts";

const MEMBER_CAP = 5000;

export class RecapService {
  constructor(
    private readonly deps: { db: Db; packs: PackCatalog; polls: PollService; markers: MarkerService },
  ) {}

  async recap(code: string): Promise<Recap> {
    const room = await findRoomByCode(this.deps.db, code);
    if (!room) throw new AppError("room_not_found", `no party with code ${code}`);
    const { pack } = await this.deps.packs.get(room.filmId);
    const content = room.rewatch ? everything(pack) : revealedContent(pack, await listReveals(this.deps.db, room.id));
    const members = await listMembers(this.deps.db, room.id, MEMBER_CAP);
    // Polls as a guest sees them: an open poll's hidden results stay hidden here too.
    const polls = await this.deps.polls.forMember(room.id, null, "guest");
    return {
      code: room.code,
      film: filmSummary(room.film),
      createdAt: room.createdAt.toISOString(),
      rewatch: room.rewatch,
      reachedMs: room.rewatch ? pack.runtimeMs : room.reachedMs,
      members: members.map((m) => ({ name: m.name, role: m.role })),
      polls,
      memories: content.memories,
      markers: await this.deps.markers.list(room.id),
    };
  }
}

/** The recap as CSV: one row per poll option, memory and marker. Text is quoted, never markup. */
export function recapCsv(recap: Recap): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? "" : String(value);
    // A leading =, +, - or @ would be a formula in a spreadsheet: neutralise it.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  const rows: (string | number | undefined)[][] = [["section", "position_ms", "who", "item", "detail", "count"]];
  for (const p of recap.polls) {
    for (const o of p.options) rows.push(["poll", undefined, p.source, p.question, o.label, p.counts[o.id]]);
  }
  for (const m of recap.memories) {
    rows.push(["memory", m.filmMs, undefined, m.title, m.erasedAtMs === undefined ? "intact" : `erased at ${m.erasedAtMs}`, m.order]);
  }
  for (const m of recap.markers) rows.push(["marker", Math.round(m.positionMs), m.name, m.emoji, m.note, undefined]);
  for (const m of recap.members) rows.push(["member", undefined, m.name, m.role, undefined, undefined]);
  return `${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

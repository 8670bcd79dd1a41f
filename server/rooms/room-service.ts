// Rooms and members: creating a party, joining it (as a new guest or again with a token),
// leaving, and who is online. The database holds rooms and members; presence is the view
// of connected sockets (this process's tracker, and the deployment's through `view`).
// Socket.IO itself stays in server/realtime.
import { INITIAL_CURSOR } from "../../core/cursor.ts";
import { filmSummary, toWireScene } from "../../core/film-pack.ts";
import { everything, revealedContent, storyShown } from "../../core/reveal.ts";
import { listReveals } from "../../db/queries/reveals.queries.ts";
import type { PackCatalog } from "../films/pack-catalog.ts";
import type { MarkerService } from "../markers/marker-service.ts";
import type { PollService } from "../polls/poll-service.ts";
import type { RevealService } from "./reveal-service.ts";
import type { CreateRoomResponse, Cursor, Member, Revealed, RoomInfo, Snapshot } from "../../core/protocol.ts";
import { PROTOCOL_VERSION } from "../../core/protocol.ts";
import { makeRoomCode } from "../../core/room-code.ts";
import type { Db } from "../../db/client.ts";
import { findFilm } from "../../db/queries/films.queries.ts";
import {
  findMemberByToken,
  insertMember,
  listMembers,
  listMembersById,
  touchMember,
} from "../../db/queries/members.queries.ts";
import { findRoomByCode, insertRoomWithHost, type RoomWithFilm } from "../../db/queries/rooms.queries.ts";
import type { MemberRow, RoomRow } from "../../db/schema.ts";
import { AppError } from "../errors.ts";
import { hashToken, newId, newMemberToken } from "../identity.ts";
import { handOffHost } from "../../db/queries/cursor.queries.ts";
import type { LatencyBook } from "./latency.ts";
import type { PresenceBroadcaster } from "./presence-broadcaster.ts";
import type { PresenceTracker } from "./presence.ts";
import type { PresenceSource } from "./presence-view.ts";

export const DEFAULT_FILM_ID = "eternal-sunshine";
/** A snapshot lists at most this many members; `online` stays exact. */
export const SNAPSHOT_MEMBER_CAP = 500;
const CODE_ATTEMPTS = 8;

/** What a socket knows about the room it is in. */
export interface Session {
  roomId: string;
  code: string;
  filmId: string;
  rewatch: boolean;
  member: Omit<Member, "online">;
}

export interface RoomServiceDeps {
  db: Db;
  /** This process's sockets: who came online or went offline here. */
  presence: PresenceTracker;
  /** Who is online in a room across every process. */
  view: PresenceSource;
  broadcaster: PresenceBroadcaster;
  latency: LatencyBook;
  packs: PackCatalog;
  reveals: RevealService;
  polls: PollService;
  markers: MarkerService;
  /** The base of join links, e.g. http://192.168.1.20:3000 */
  publicBaseUrl: () => string;
  now?: () => number;
  makeCode?: () => string;
}

export class RoomService {
  private readonly now: () => number;
  private readonly makeCode: () => string;

  constructor(private readonly deps: RoomServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.makeCode = deps.makeCode ?? (() => makeRoomCode());
  }

  joinUrl(code: string): string {
    return `${this.deps.publicBaseUrl()}/r/${code}`;
  }

  async createRoom(input: { hostName: string; filmId?: string; rewatch?: boolean }): Promise<CreateRoomResponse> {
    const filmId = input.filmId ?? DEFAULT_FILM_ID;
    if (!(await findFilm(this.deps.db, filmId))) throw new AppError("not_found", `no film with id "${filmId}"`);
    const { token, hash } = newMemberToken();
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = this.makeCode();
      const created = await insertRoomWithHost(
        this.deps.db,
        { id: newId(), code, filmId, rewatch: input.rewatch ?? false },
        { id: newId(), name: input.hostName, role: "host", tokenHash: hash },
      );
      if (created) {
        return {
          code,
          url: this.joinUrl(code),
          memberToken: token,
          member: toMember(created.host, false),
        };
      }
    }
    throw new AppError("internal", "could not find a free room code; try again");
  }

  async roomInfo(code: string): Promise<RoomInfo> {
    const room = await this.findRoom(code);
    return {
      code: room.code,
      film: filmSummary(room.film),
      online: (await this.deps.view(room.id)).online,
      createdAt: room.createdAt.toISOString(),
      url: this.joinUrl(room.code),
    };
  }

  /**
   * Makes the socket a member of the room: the member of the token, or a new guest named
   * `name`. Returns the session and the acknowledgement's data.
   */
  async join(
    socketId: string,
    input: { code: string; name?: string; memberToken?: string; protocol?: number },
    /** Puts the socket in the room's channels; false when the socket is gone meanwhile.
     *  It runs before the snapshot is taken, so no presence sent after it can be missed. */
    enter: (session: Session) => Promise<boolean>,
  ): Promise<{ session: Session; member: Member; memberToken: string; snapshot: Snapshot }> {
    if (input.protocol !== undefined && input.protocol !== PROTOCOL_VERSION) {
      throw new AppError(
        "unsupported_protocol",
        `this server speaks protocol ${PROTOCOL_VERSION}, not ${input.protocol}`,
      );
    }
    const room = await this.findRoom(input.code);
    const { row, token } = await this.resolveMember(room, input);
    const session: Session = {
      roomId: room.id,
      code: room.code,
      filmId: room.filmId,
      rewatch: room.rewatch,
      member: { id: row.id, name: row.name, role: row.role },
    };
    const member = { ...session.member, online: true };
    if (await enter(session)) {
      const cameOnline = this.deps.presence.add(room.id, row.id, socketId);
      if (cameOnline) this.deps.broadcaster.changed(room.id, member);
    }
    return { session, member, memberToken: token, snapshot: await this.snapshot(room, row) };
  }

  /** The socket leaves its room; the member goes offline when it was their last socket. */
  leave(session: Session, socketId: string): void {
    this.deps.latency.forget(session.roomId, socketId);
    const wentOffline = this.deps.presence.remove(session.roomId, session.member.id, socketId);
    if (!wentOffline) return;
    if (this.deps.presence.online(session.roomId) === 0) this.deps.reveals.release(session.roomId);
    this.deps.broadcaster.changed(session.roomId, { ...session.member, online: false });
    // Last seen is bookkeeping: a failure here must not turn a leave into an error.
    touchMember(this.deps.db, session.member.id).catch(() => {});
  }

  /**
   * Another process went away with its sockets, and nobody announced them offline: the room
   * hears every member (up to the snapshot's cap) as the deployment sees them now.
   */
  async recheckPresence(roomId: string): Promise<void> {
    const rows = await listMembers(this.deps.db, roomId, SNAPSHOT_MEMBER_CAP);
    // The broadcaster sends each with their state in the deployment's view.
    for (const row of rows) this.deps.broadcaster.changed(roomId, toMember(row, false));
  }

  /** A phone's latest round trip, which sets how far ahead plays are scheduled. */
  reportRtt(session: Session, socketId: string, rttMs: number): void {
    this.deps.latency.report(session.roomId, socketId, rttMs);
  }

  /**
   * The host makes another member the host and becomes a guest. Returns both members as
   * they are now; the caller updates the sockets' sessions.
   */
  async handOff(session: Session, memberId: string): Promise<{ host: Member; previous: Member }> {
    if (memberId === session.member.id) throw new AppError("invalid_payload", "memberId: you are the host already");
    const moved = await handOffHost(this.deps.db, session.roomId, session.member.id, memberId);
    if (!moved) {
      throw new AppError("not_found", "that member is not in this party (or you are no longer its host)");
    }
    const [row] = await listMembersById(this.deps.db, session.roomId, [memberId]);
    const view = await this.deps.view(session.roomId);
    const host: Member = { id: memberId, name: row!.name, role: "host", online: view.isOnline(memberId) };
    const previous: Member = { ...session.member, role: "guest", online: view.isOnline(session.member.id) };
    this.deps.broadcaster.changed(session.roomId, host);
    this.deps.broadcaster.changed(session.roomId, previous);
    return { host, previous };
  }

  private async findRoom(code: string): Promise<RoomWithFilm> {
    const room = await findRoomByCode(this.deps.db, code);
    if (!room) throw new AppError("room_not_found", `no party with code ${code}`);
    return room;
  }

  private async resolveMember(
    room: RoomRow,
    input: { name?: string; memberToken?: string },
  ): Promise<{ row: MemberRow; token: string }> {
    if (input.memberToken) {
      const row = await findMemberByToken(this.deps.db, room.id, hashToken(input.memberToken));
      if (!row) throw new AppError("forbidden", "this member token is not valid in this room");
      return { row, token: input.memberToken };
    }
    if (!input.name) throw new AppError("invalid_payload", "name: a name is needed to join");
    const { token, hash } = newMemberToken();
    const row = await insertMember(this.deps.db, room.id, {
      id: newId(),
      name: input.name,
      role: "guest",
      tokenHash: hash,
    });
    return { row, token };
  }

  private async snapshot(room: RoomWithFilm, member: MemberRow): Promise<Snapshot> {
    const { role } = member;
    const cursor = cursorOf(room);
    const { pack } = await this.deps.packs.get(room.filmId);
    let content: Revealed;
    let revealedKeys = new Set<string>();
    if (room.rewatch) content = everything(pack);
    else {
      // Catch up first: a playing cursor may have passed cues while nobody was here.
      await this.deps.reveals.track({ id: room.id, filmId: room.filmId, rewatch: room.rewatch }, cursor);
      const keys = await listReveals(this.deps.db, room.id);
      revealedKeys = new Set(keys.map((k) => `${k.kind}:${k.itemId}`));
      content = revealedContent(pack, keys);
    }
    const [rows, view] = await Promise.all([listMembers(this.deps.db, room.id, SNAPSHOT_MEMBER_CAP), this.deps.view(room.id)]);
    return {
      room: {
        code: room.code,
        film: filmSummary(room.film),
        createdAt: room.createdAt.toISOString(),
        rewatch: room.rewatch,
      },
      serverTime: this.now(),
      cursor,
      online: view.online,
      members: rows.map((m) => toMember(m, view.isOnline(m.id))),
      // The host steers by the outline; a guest sees only the scenes the room has reached.
      scenes:
        role === "host"
          ? pack.scenes.map((sc) => toWireScene(pack, sc, room.rewatch || storyShown(sc, revealedKeys)))
          : content.scenes,
      cards: content.cards,
      memories: content.memories,
      polls: await this.deps.polls.forMember(room.id, member.id, role),
      // The host can open a film poll that a seek skipped.
      ...(role === "host" ? { filmPolls: pack.polls.map((p) => ({ id: p.id, question: p.question, atMs: p.atMs })) } : {}),
      markers: await this.deps.markers.list(room.id),
    };
  }
}

function toMember(row: MemberRow, online: boolean): Member {
  return { id: row.id, name: row.name, role: row.role, online };
}

function cursorOf(room: RoomRow): Cursor {
  if (room.cursorRevision === 0) return INITIAL_CURSOR;
  return {
    playing: room.cursorPlaying,
    positionMs: room.cursorPositionMs,
    anchorServerTime: room.cursorAnchorServerTime,
    rate: room.cursorRate,
    revision: room.cursorRevision,
  };
}

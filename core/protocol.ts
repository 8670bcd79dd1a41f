// Types of the wire protocol, inferred from the schemas so they are never written twice.
// Both `new Server<ClientEvents, ServerEvents>()` and the client's `Socket<ServerEvents,
// ClientEvents>` use these, so a renamed field fails to compile on both sides.
import type { z } from "zod";
import type * as s from "./schemas.ts";

/** Checked at `room:join`: a client speaking another version gets `unsupported_protocol`. */
export const PROTOCOL_VERSION = 1;

export type ErrorCode = z.infer<typeof s.errorCodeSchema>;
export type ErrorBody = z.infer<typeof s.errorBodySchema>;
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export type FilmSummary = z.infer<typeof s.filmSummarySchema>;
export type Member = z.infer<typeof s.memberSchema>;
export type Cursor = z.infer<typeof s.cursorSchema>;
export type Scene = z.infer<typeof s.sceneSchema>;
export type Card = z.infer<typeof s.cardSchema>;
export type Memory = z.infer<typeof s.memorySchema>;
export type Poll = z.infer<typeof s.pollSchema>;
export type Marker = z.infer<typeof s.markerSchema>;
export type Snapshot = z.infer<typeof s.snapshotSchema>;
export type Presence = z.infer<typeof s.presenceSchema>;
export type Tally = z.infer<typeof s.tallySchema>;
export type Revealed = z.infer<typeof s.revealedSchema>;

export type CreateRoomRequest = z.input<typeof s.createRoomRequestSchema>;
export type CreateRoomResponse = z.infer<typeof s.createRoomResponseSchema>;
export type RoomInfo = z.infer<typeof s.roomInfoSchema>;
export type FilmsResponse = z.infer<typeof s.filmsResponseSchema>;
export type Recap = z.infer<typeof s.recapSchema>;

type Payloads = typeof s.clientPayloadSchemas;
export type ClientEventName = keyof Payloads;
/** What a client sends (before parsing: codes may be lower case, names untrimmed). */
export type ClientPayload<E extends ClientEventName> = z.input<Payloads[E]>;
/** What a handler receives (after parsing). */
export type ParsedPayload<E extends ClientEventName> = z.output<Payloads[E]>;

/** The `data` of each client event's successful acknowledgement. */
export interface AckData {
  "clock:ping": { t0: number; t1: number; t2: number };
  "room:join": { member: Member; memberToken: string; snapshot: Snapshot };
  "room:leave": Record<string, never>;
  "room:handoff": { host: Member; previous: Member };
  "cursor:play": { cursor: Cursor };
  "cursor:pause": { cursor: Cursor };
  "cursor:seek": { cursor: Cursor };
  "poll:create": { poll: Poll };
  "poll:open": { poll: Poll };
  "poll:close": { poll: Poll };
  "poll:vote": { pollId: string; optionIds: string[] };
  "marker:add": { marker: Marker };
  "marker:delete": { markerId: string };
}

export type ClientEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (res: Ack<AckData[E]>) => void) => void;
};

export interface ServerEvents {
  "cursor:changed": (cursor: Cursor) => void;
  "film:revealed": (revealed: Revealed) => void;
  "poll:opened": (poll: Poll) => void;
  "poll:tally": (tally: Tally) => void;
  "poll:closed": (poll: Poll) => void;
  "marker:added": (marker: Marker) => void;
  /** Added: a marker was deleted. */
  "marker:deleted": (payload: { markerId: string }) => void;
  "room:presence": (presence: Presence) => void;
}

/** Limits that both sides need to know. */
export const LIMITS = {
  /** A socket message or HTTP body larger than this is refused. */
  maxMessageBytes: 16 * 1024,
  nameLength: 40,
  noteLength: 140,
} as const;

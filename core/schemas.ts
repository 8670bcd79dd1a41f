// The wire protocol of PROTOCOL.md as zod schemas. Types are inferred from these in
// protocol.ts, so the contract is written once and both the server and the app import it.
import { z } from "zod";
import { MARKER_EMOJI, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from "./constants.ts";

/** Milliseconds. zod 4 numbers are finite: NaN and Infinity never reach a handler. */
const ms = z.number();
const nonNegativeMs = ms.min(0);

// ---------- identity ----------

export { MARKER_EMOJI, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from "./constants.ts";
const roomCodePattern = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** Case-insensitive on the way in; always upper case after parsing. */
export const roomCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(roomCodePattern, "a room code is 6 letters and digits"));

// Control characters never belong in a name shown to the whole room.
const printable = /^[^\p{Cc}\p{Cf}]*$/u;
export const memberNameSchema = z
  .string()
  .trim()
  .min(1, "a name is 1 to 40 characters")
  .max(40, "a name is 1 to 40 characters")
  .regex(printable, "a name cannot hold control characters");

export const memberTokenSchema = z.string().min(16).max(200);

export const errorCodeSchema = z.enum([
  "invalid_payload",
  "unsupported_protocol",
  "room_not_found",
  "not_joined",
  "forbidden",
  "not_found",
  "poll_closed",
  "invalid_option",
  "rate_limited",
  "internal",
]);

export const errorBodySchema = z.object({ code: errorCodeSchema, message: z.string() });

// ---------- shapes ----------

export const filmSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  runtimeMs: z.number().int().positive(),
  /** Added: how many scenes the pack has (not a spoiler; it places a scene in the story). */
  sceneCount: z.number().int().min(0).optional(),
  /** Added: how many memories the pack maps, so the map can show blank slots. */
  memoryCount: z.number().int().min(0).optional(),
});

export const memberSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(["host", "guest"]),
  online: z.boolean(),
});

export const cursorSchema = z.object({
  playing: z.boolean(),
  positionMs: nonNegativeMs,
  anchorServerTime: ms,
  rate: z.number().positive(),
  revision: z.number().int().min(0),
});

export const sceneSchema = z.object({
  id: z.string(),
  startMs: nonNegativeMs,
  endMs: nonNegativeMs,
  title: z.string(),
  storyOrder: z.number().int().optional(),
  place: z.string().optional(),
  characters: z.array(z.string()).optional(),
});

export const cardSchema = z.object({
  id: z.string(),
  sceneId: z.string().optional(),
  atMs: nonNegativeMs,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
});

export const memorySchema = z.object({
  id: z.string(),
  order: z.number().int().positive(),
  title: z.string(),
  filmMs: nonNegativeMs,
  erasedAtMs: nonNegativeMs.optional(),
});

export const pollSchema = z.object({
  id: z.string(),
  question: z.string(),
  options: z.array(z.object({ id: z.string(), label: z.string() })),
  kind: z.enum(["single", "multi"]),
  status: z.enum(["open", "closed"]),
  source: z.enum(["film", "host"]),
  openedAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  hideResults: z.boolean(),
  counts: z.record(z.string(), z.number().int().min(0)),
  voters: z.number().int().min(0),
  myVote: z.array(z.string()).optional(),
  /** Added: for a film poll, its id in the pack (the id the host opens a skipped one by). */
  filmPollId: z.string().optional(),
});

export const markerSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  name: z.string(),
  positionMs: nonNegativeMs,
  note: z.string(),
  createdAt: z.string(),
  /** Added: an optional reaction. */
  emoji: z.enum(MARKER_EMOJI).optional(),
});

export const snapshotSchema = z.object({
  room: z.object({
    code: z.string(),
    film: filmSummarySchema,
    createdAt: z.string(),
    rewatch: z.boolean(),
  }),
  serverTime: ms,
  cursor: cursorSchema,
  online: z.number().int().min(0),
  members: z.array(memberSchema),
  scenes: z.array(sceneSchema),
  cards: z.array(cardSchema),
  memories: z.array(memorySchema),
  polls: z.array(pollSchema),
  markers: z.array(markerSchema),
  /** Added, for the host only: the pack's film polls, so a skipped one can be opened. */
  filmPolls: z.array(z.object({ id: z.string(), question: z.string(), atMs: z.number() })).optional(),
});

// ---------- HTTP ----------

export const createRoomRequestSchema = z.object({
  hostName: memberNameSchema,
  filmId: z.string().min(1).max(100).optional(),
  rewatch: z.boolean().optional(),
});

export const createRoomResponseSchema = z.object({
  code: z.string(),
  url: z.string(),
  memberToken: z.string(),
  member: memberSchema,
});

export const roomInfoSchema = z.object({
  code: z.string(),
  film: filmSummarySchema,
  online: z.number().int().min(0),
  createdAt: z.string(),
  /** Added to the contract: the join link phones can reach (PUBLIC_URL or the LAN address). */
  url: z.string().optional(),
});

export const filmsResponseSchema = z.object({ films: z.array(filmSummarySchema) });

// ---------- client → server payloads ----------
// Unknown keys are stripped, not refused, so a newer client that sends optional fields
// this server does not know still works (the protocol only ever adds optional fields).

const positionOptional = z.object({ positionMs: nonNegativeMs.optional() });

export const clientPayloadSchemas = {
  "clock:ping": z.object({
    t0: ms,
    /** Added: the client's best round trip so far; the server schedules plays from it. */
    rttMs: z.number().min(0).max(60_000).optional(),
  }),
  "room:join": z.object({
    code: roomCodeSchema,
    name: memberNameSchema.optional(),
    memberToken: memberTokenSchema.optional(),
    protocol: z.number().int().optional(),
  }),
  "room:leave": z.object({}),
  /** Added: the host makes another member of the room the host and becomes a guest. */
  "room:handoff": z.object({ memberId: z.uuid() }),
  "cursor:play": positionOptional,
  "cursor:pause": positionOptional,
  "cursor:seek": z.object({ positionMs: nonNegativeMs }),
  "poll:create": z.object({
    question: z.string().trim().min(1).max(200),
    options: z.array(z.string().trim().min(1).max(80)).min(2).max(8),
    kind: z.enum(["single", "multi"]).optional(),
    durationMs: z.number().int().min(5_000).max(600_000).optional(),
    hideResults: z.boolean().optional(),
  }),
  "poll:open": z.object({ pollId: z.string().min(1).max(100) }),
  "poll:close": z.object({ pollId: z.string().min(1).max(100) }),
  "poll:vote": z.object({
    pollId: z.string().min(1).max(100),
    optionIds: z.array(z.string().min(1).max(100)).min(1).max(8),
  }),
  "marker:add": z.object({
    positionMs: nonNegativeMs.optional(),
    note: z.string().trim().max(140, "a note is at most 140 characters").regex(printable, "a note cannot hold control characters").optional(),
    /** Added: an optional reaction. */
    emoji: z.enum(MARKER_EMOJI).optional(),
  }),
  /** Added: a member deletes their own marker; the host any. */
  "marker:delete": z.object({ markerId: z.uuid() }),
} as const;

// ---------- server → client payloads ----------

export const presenceSchema = z.object({
  online: z.number().int().min(0),
  members: z.array(memberSchema),
});

export const tallySchema = z.object({
  pollId: z.string(),
  counts: z.record(z.string(), z.number().int().min(0)),
  voters: z.number().int().min(0),
});

export const revealedSchema = z.object({
  scenes: z.array(sceneSchema),
  cards: z.array(cardSchema),
  memories: z.array(memorySchema),
});

/** Added: GET /api/rooms/{code}/recap, the party's record (what the room has revealed). */
export const recapSchema = z.object({
  code: z.string(),
  film: filmSummarySchema,
  createdAt: z.string(),
  rewatch: z.boolean(),
  /** The furthest point of the film the party reached. */
  reachedMs: z.number(),
  members: z.array(z.object({ name: z.string(), role: z.enum(["host", "guest"]) })),
  polls: z.array(pollSchema),
  memories: z.array(memorySchema),
  markers: z.array(markerSchema),
});

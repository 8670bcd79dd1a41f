import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  primaryKey,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** Film packs, loaded from content/films at start; `contentHash` makes reloading idempotent. */
export const films = pgTable("films", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  year: integer("year").notNull(),
  runtimeMs: integer("runtime_ms").notNull(),
  pack: jsonb("pack").notNull(),
  contentHash: text("content_hash").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A party. The cursor lives on the room row: it is small, changes as one unit and is read
 * with the room on every join. Times are double precision because server times carry
 * fractions of a millisecond.
 */
export const rooms = pgTable("rooms", {
  id: uuid("id").primaryKey(),
  code: text("code").notNull().unique(),
  filmId: text("film_id")
    .notNull()
    .references(() => films.id),
  rewatch: boolean("rewatch").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  cursorPlaying: boolean("cursor_playing").notNull().default(false),
  cursorPositionMs: doublePrecision("cursor_position_ms").notNull().default(0),
  cursorAnchorServerTime: doublePrecision("cursor_anchor_server_time").notNull().default(0),
  cursorRate: doublePrecision("cursor_rate").notNull().default(1),
  cursorRevision: integer("cursor_revision").notNull().default(0),
  /** Who may move the cursor. Kept beside it so a cursor write can be conditional on both
   *  the revision it read and the host it checked, in one statement. */
  hostMemberId: uuid("host_member_id"),
  /** The furthest film position the room has reached, by play or by seek. */
  reachedMs: doublePrecision("reached_ms").notNull().default(0),
});

/**
 * What a room has revealed: one row per room and item, so that two processes racing to
 * reveal the same card insert it once and only the winner announces it.
 */
export const reveals = pgTable(
  "reveals",
  {
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["scene", "story", "card", "memory", "erasure"] }).notNull(),
    itemId: text("item_id").notNull(),
    revealedAt: timestamp("revealed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.kind, t.itemId] })],
);

/** A member of one room. The token is stored only as its SHA-256 hash. */
export const members = pgTable(
  "members",
  {
    id: uuid("id").primaryKey(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role", { enum: ["host", "guest"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("members_room_id_idx").on(t.roomId, t.createdAt),
    check("members_role_check", sql`${t.role} in ('host', 'guest')`),
  ],
);

export type FilmRow = typeof films.$inferSelect;
export type RoomRow = typeof rooms.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
export type RevealRow = typeof reveals.$inferSelect;

/**
 * Polls of a room: host polls, and film polls from the pack (`packPollId`, unique per room,
 * so a film poll opens once however many processes cross its moment). `counts` and
 * `voters` are kept in the same transaction as the ballots, never recounted per vote.
 */
export const polls = pgTable(
  "polls",
  {
    id: uuid("id").primaryKey(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    source: text("source", { enum: ["film", "host"] }).notNull(),
    packPollId: text("pack_poll_id"),
    question: text("question").notNull(),
    options: jsonb("options").$type<{ id: string; label: string }[]>().notNull(),
    kind: text("kind", { enum: ["single", "multi"] }).notNull(),
    hideResults: boolean("hide_results").notNull().default(false),
    durationMs: integer("duration_ms"),
    status: text("status", { enum: ["open", "closed"] }).notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    counts: jsonb("counts").$type<Record<string, number>>().notNull(),
    voters: integer("voters").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("polls_room_id_idx").on(t.roomId, t.createdAt),
    uniqueIndex("polls_room_pack_poll_idx").on(t.roomId, t.packPollId),
  ],
);

/** One ballot per member per poll: the primary key decides, never a prior read. */
export const ballots = pgTable(
  "ballots",
  {
    pollId: uuid("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    optionIds: jsonb("option_ids").$type<string[]>().notNull(),
    castAt: timestamp("cast_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.memberId] })],
);

export type PollRow = typeof polls.$inferSelect;

/** Moments members mark at the cursor, with an optional note and reaction. */
export const markers = pgTable(
  "markers",
  {
    id: uuid("id").primaryKey(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    positionMs: doublePrecision("position_ms").notNull(),
    note: text("note").notNull().default(""),
    emoji: text("emoji"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("markers_room_id_idx").on(t.roomId, t.positionMs)],
);

export type MarkerRow = typeof markers.$inferSelect;

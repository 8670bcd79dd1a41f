// The film-pack format: one JSON file per film in content/films. A pack has its identity
// and runtime, the characters and places it refers to by id, scenes that cover the whole
// runtime with no gap or overlap, and the timed content tied to a scene and a moment:
// cards, memories and film polls. `filmPackSchema` refuses a pack that breaks any of this
// and names each problem by its path ("scenes[12].endMs: after the runtime").
import { z } from "zod";
import type { Card, FilmSummary, Memory, Scene } from "./protocol.ts";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "an id is lower-case words joined by '-'");
const ms = z.number().int().min(0);

const characterSchema = z.object({ id, name: z.string().min(1).max(80), note: z.string().max(300).optional() });
const placeSchema = z.object({ id, name: z.string().min(1).max(80), note: z.string().max(300).optional() });

const packSceneSchema = z.object({
  id,
  startMs: ms,
  endMs: ms,
  title: z.string().min(1).max(120),
  /** Place in the story's own chronology (1 = earliest), against its place in the film. */
  storyOrder: z.number().int().positive(),
  /** When the scene's place in the story may be shown, if later than its start: where
   *  the story order itself is the twist (a scene that turns out to come after the rest). */
  storyOrderAtMs: ms.optional(),
  placeId: id,
  characterIds: z.array(id).max(20),
});

export const CARD_KINDS = ["who", "when", "notice", "fact"] as const;
const packCardSchema = z.object({
  id,
  sceneId: id,
  atMs: ms,
  kind: z.enum(CARD_KINDS),
  title: z.string().min(1).max(120),
  body: z.string().min(1).max(600),
});

const packMemorySchema = z.object({
  id,
  /** Place in the relationship, 1 = the first meeting. */
  order: z.number().int().positive(),
  title: z.string().min(1).max(120),
  sceneId: id,
  /** When the film shows the memory. */
  filmMs: ms,
  /** When the erasure takes it; absent for a memory the erasure never reaches. */
  erasedAtMs: ms.optional(),
});

const packPollSchema = z.object({
  id,
  sceneId: id,
  atMs: ms,
  question: z.string().min(1).max(200),
  options: z
    .array(z.object({ id, label: z.string().min(1).max(80) }))
    .min(2)
    .max(8),
  kind: z.enum(["single", "multi"]).default("single"),
  durationMs: z.number().int().min(5_000).max(600_000),
  hideResults: z.boolean().default(false),
});

const baseSchema = z.object({
  id,
  title: z.string().min(1).max(200),
  year: z.number().int().min(1888).max(2100),
  runtimeMs: z.number().int().positive(),
  /** Said to users: pack times are estimates; the host re-aligns to the copy being watched. */
  timesNote: z.string().max(400).optional(),
  characters: z.array(characterSchema).default([]),
  places: z.array(placeSchema).default([]),
  scenes: z.array(packSceneSchema).default([]),
  cards: z.array(packCardSchema).default([]),
  memories: z.array(packMemorySchema).default([]),
  polls: z.array(packPollSchema).default([]),
});

export const filmPackSchema = baseSchema.superRefine((pack, ctx) => {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

  for (const list of ["characters", "places", "scenes", "cards", "memories", "polls"] as const) {
    const seen = new Set<string>();
    pack[list].forEach((item, i) => {
      if (seen.has(item.id)) problem([list, i, "id"], `"${item.id}" is used twice`);
      seen.add(item.id);
    });
  }

  const characters = new Set(pack.characters.map((c) => c.id));
  const places = new Set(pack.places.map((p) => p.id));
  const scenes = new Map(pack.scenes.map((s) => [s.id, s]));

  // Scenes cover the runtime exactly: in order, the first from 0, each from where the last
  // ended, the last to the runtime.
  let expectedStart = 0;
  pack.scenes.forEach((s, i) => {
    if (s.startMs < expectedStart) problem(["scenes", i, "startMs"], `overlaps the scene before (which ends at ${expectedStart})`);
    if (s.startMs > expectedStart) problem(["scenes", i, "startMs"], `leaves a gap after ${expectedStart}`);
    if (s.endMs <= s.startMs) problem(["scenes", i, "endMs"], "not after its startMs");
    if (s.endMs > pack.runtimeMs) problem(["scenes", i, "endMs"], "after the runtime");
    if (!places.has(s.placeId)) problem(["scenes", i, "placeId"], `no place "${s.placeId}"`);
    if (s.storyOrderAtMs !== undefined && (s.storyOrderAtMs < s.startMs || s.storyOrderAtMs > pack.runtimeMs)) {
      problem(["scenes", i, "storyOrderAtMs"], "before the scene starts, or after the runtime");
    }
    s.characterIds.forEach((c, j) => {
      if (!characters.has(c)) problem(["scenes", i, "characterIds", j], `no character "${c}"`);
    });
    expectedStart = s.endMs;
  });
  if (pack.scenes.length > 0 && expectedStart !== pack.runtimeMs) {
    problem(["scenes", pack.scenes.length - 1, "endMs"], `the scenes end at ${expectedStart}, not at the runtime ${pack.runtimeMs}`);
  }
  const storyOrders = new Set<number>();
  pack.scenes.forEach((s, i) => {
    if (storyOrders.has(s.storyOrder)) problem(["scenes", i, "storyOrder"], `${s.storyOrder} is used twice`);
    storyOrders.add(s.storyOrder);
  });

  const inScene = (list: "cards" | "memories" | "polls", i: number, sceneId: string, field: string, at: number) => {
    const scene = scenes.get(sceneId);
    if (!scene) return problem([list, i, "sceneId"], `no scene "${sceneId}"`);
    if (at < scene.startMs || at >= scene.endMs) {
      problem([list, i, field], `outside its scene "${sceneId}" (${scene.startMs}–${scene.endMs})`);
    }
  };
  pack.cards.forEach((c, i) => inScene("cards", i, c.sceneId, "atMs", c.atMs));
  pack.polls.forEach((p, i) => {
    inScene("polls", i, p.sceneId, "atMs", p.atMs);
    const options = new Set<string>();
    p.options.forEach((o, j) => {
      if (options.has(o.id)) problem(["polls", i, "options", j, "id"], `"${o.id}" is used twice`);
      options.add(o.id);
    });
  });
  const orders = new Set<number>();
  pack.memories.forEach((m, i) => {
    inScene("memories", i, m.sceneId, "filmMs", m.filmMs);
    if (orders.has(m.order)) problem(["memories", i, "order"], `${m.order} is used twice`);
    orders.add(m.order);
    if (m.erasedAtMs !== undefined && (m.erasedAtMs < m.filmMs || m.erasedAtMs > pack.runtimeMs)) {
      problem(["memories", i, "erasedAtMs"], "before the film shows the memory, or after the runtime");
    }
  });
});

export type FilmPack = z.infer<typeof filmPackSchema>;
export type PackScene = FilmPack["scenes"][number];
export type PackCard = FilmPack["cards"][number];
export type PackMemory = FilmPack["memories"][number];
export type PackPoll = FilmPack["polls"][number];

export function filmSummary(pack: Pick<FilmPack, "id" | "title" | "year" | "runtimeMs"> & { pack?: unknown }): FilmSummary {
  const summary = { id: pack.id, title: pack.title, year: pack.year, runtimeMs: pack.runtimeMs };
  // A database row carries the whole pack in `pack`; a pack carries its scenes itself.
  const full = (Array.isArray((pack as { scenes?: unknown }).scenes) ? pack : pack.pack) as
    | { scenes?: unknown[]; memories?: unknown[] }
    | undefined;
  if (!full?.scenes) return summary;
  return { ...summary, sceneCount: full.scenes.length, memoryCount: full.memories?.length ?? 0 };
}

/** The pack's problems, one line each, named by their path; empty when the pack is good. */
export function packProblems(input: unknown): string[] {
  const parsed = filmPackSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") || "(pack)";
}

// ---------- from the pack to the wire ----------

/** A scene on the wire; `showStory` false holds back its place in the story (a spoiler yet). */
export function toWireScene(pack: FilmPack, s: PackScene, showStory = true): Scene {
  const names = new Map(pack.characters.map((c) => [c.id, c.name]));
  const place = pack.places.find((p) => p.id === s.placeId)?.name;
  return {
    id: s.id,
    startMs: s.startMs,
    endMs: s.endMs,
    title: s.title,
    ...(showStory ? { storyOrder: s.storyOrder } : {}),
    ...(place ? { place } : {}),
    characters: s.characterIds.map((c) => names.get(c) ?? c),
  };
}

export function toWireCard(c: PackCard): Card {
  return { id: c.id, sceneId: c.sceneId, atMs: c.atMs, kind: c.kind, title: c.title, body: c.body };
}

/** A memory as a guest may see it: `erasedAtMs` only once the room has reached it. */
export function toWireMemory(m: PackMemory, reachedMs: number): Memory {
  const erased = m.erasedAtMs !== undefined && m.erasedAtMs <= reachedMs ? { erasedAtMs: m.erasedAtMs } : {};
  return { id: m.id, order: m.order, title: m.title, filmMs: m.filmMs, ...erased };
}

/** The scene at a position (the last one at the very end). */
export function sceneAt(pack: FilmPack, positionMs: number): PackScene | undefined {
  return pack.scenes.find((s) => positionMs >= s.startMs && positionMs < s.endMs) ?? pack.scenes.at(-1);
}

// WebVTT chapters, the format players already read: export a pack's scenes as chapters,
// and import scene timing from a chapters file (e.g. one made in a player or an editor
// against the copy a group watches).
import type { FilmPack } from "./film-pack.ts";

export interface Chapter {
  startMs: number;
  endMs: number;
  title: string;
}

export function formatTimestamp(ms: number): string {
  const total = Math.round(ms);
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const frac = total % 1000;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(frac, 3)}`;
}

/** The pack's scenes as a WebVTT chapters file. */
export function scenesToWebVtt(pack: Pick<FilmPack, "title" | "scenes">): string {
  const cues = pack.scenes.map(
    (s, i) => `${i + 1}\n${formatTimestamp(s.startMs)} --> ${formatTimestamp(s.endMs)}\n${s.title.replace(/\n/g, " ")}`,
  );
  return `WEBVTT - ${pack.title.replace(/\n/g, " ")}\n\n${cues.join("\n\n")}\n`;
}

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

function parseTimestamp(text: string): number | null {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 3_600_000 + Number(m[2]) * 60_000 + Number(m[3]) * 1000 + Number(m[4]);
}

/** Reads a WebVTT chapters file; problems name their line ("line 7: …"). */
export function parseWebVttChapters(text: string): { chapters: Chapter[]; problems: string[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const problems: string[] = [];
  const chapters: Chapter[] = [];
  if (!/^WEBVTT(\s|$)/.test(lines[0] ?? "")) problems.push("line 1: a WebVTT file starts with WEBVTT");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes("-->")) continue;
    const [from, rest] = line.split("-->");
    const to = rest!.trim().split(/\s+/)[0]!; // cue settings may follow the end time
    const startMs = parseTimestamp(from!);
    const endMs = parseTimestamp(to);
    if (startMs === null || endMs === null) {
      problems.push(`line ${i + 1}: not a cue timing ("${line.trim()}")`);
      continue;
    }
    if (endMs <= startMs) problems.push(`line ${i + 1}: the cue ends before it starts`);
    const title: string[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== "") title.push(lines[++i]!.trim());
    chapters.push({ startMs, endMs, title: title.join(" ") });
  }
  if (chapters.length === 0 && problems.length === 0) problems.push("no cues found");
  return { chapters, problems };
}

/**
 * The pack with its scene timing taken from chapters, one chapter per scene in order.
 * Cards, memories and polls keep their place inside their scene, moved and stretched with
 * it. Titles stay the pack's own. Throws when the counts differ.
 */
export function applyChapters(pack: FilmPack, chapters: Chapter[]): FilmPack {
  if (chapters.length !== pack.scenes.length) {
    throw new Error(`the file has ${chapters.length} chapters and the pack ${pack.scenes.length} scenes`);
  }
  const byScene = new Map(pack.scenes.map((s, i) => [s.id, { old: s, next: chapters[i]! }]));
  const move = (sceneId: string, ms: number) => {
    const entry = byScene.get(sceneId);
    if (!entry) return ms;
    const { old, next } = entry;
    const scale = (next.endMs - next.startMs) / (old.endMs - old.startMs);
    // Stay strictly inside the scene: a moment at its very end would belong to the next one.
    return Math.min(next.endMs - 1, Math.round(next.startMs + (ms - old.startMs) * scale));
  };
  const moveErased = (sceneId: string, filmMs: number, erasedAtMs: number | undefined) =>
    erasedAtMs === undefined ? undefined : Math.max(move(sceneId, filmMs), Math.round(erasedAtMs + (move(sceneId, filmMs) - filmMs)));
  return {
    ...pack,
    runtimeMs: Math.max(pack.runtimeMs, chapters.at(-1)!.endMs),
    scenes: pack.scenes.map((s, i) => ({ ...s, startMs: chapters[i]!.startMs, endMs: chapters[i]!.endMs })),
    cards: pack.cards.map((c) => ({ ...c, atMs: move(c.sceneId, c.atMs) })),
    polls: pack.polls.map((p) => ({ ...p, atMs: move(p.sceneId, p.atMs) })),
    memories: pack.memories.map((m) => {
      const erasedAtMs = moveErased(m.sceneId, m.filmMs, m.erasedAtMs);
      return { ...m, filmMs: move(m.sceneId, m.filmMs), ...(erasedAtMs === undefined ? {} : { erasedAtMs }) };
    }),
  };
}

import { describe, expect, it } from "vitest";
import { filmPackSchema, packProblems } from "../../core/film-pack.ts";
import { applyChapters, parseWebVttChapters, scenesToWebVtt } from "../../core/webvtt.ts";
import testFilm from "../fixtures/films/test-film.json" with { type: "json" };

const pack = filmPackSchema.parse(testFilm);

describe("WebVTT chapters", () => {
  it("exports scenes as chapters that read back the same", () => {
    const vtt = scenesToWebVtt(pack);
    expect(vtt.startsWith("WEBVTT")).toBe(true);
    expect(vtt).toContain("00:00:10.000 --> 00:00:20.000\nTwo");
    const { chapters, problems } = parseWebVttChapters(vtt);
    expect(problems).toEqual([]);
    expect(chapters).toEqual(pack.scenes.map((s) => ({ startMs: s.startMs, endMs: s.endMs, title: s.title })));
  });

  it("reads short timestamps, cue settings and CRLF, and names bad lines", () => {
    const ok = parseWebVttChapters("WEBVTT\r\n\r\n00:01.000 --> 01:00:02.500 align:start\r\nIntro\r\n");
    expect(ok.chapters).toEqual([{ startMs: 1000, endMs: 3_602_500, title: "Intro" }]);
    const bad = parseWebVttChapters("WEBVTT\n\n1\n00:00:05.000 --> 00:00:04.000\nBack\n\n2\n00:0x:00.000 --> 00:01:00.000\nX\n");
    expect(bad.problems).toEqual(["line 4: the cue ends before it starts", 'line 8: not a cue timing ("00:0x:00.000 --> 00:01:00.000")']);
    expect(parseWebVttChapters("hello").problems).toContain("line 1: a WebVTT file starts with WEBVTT");
  });

  it("re-times scenes and keeps every moment inside its scene", () => {
    const chapters = [
      { startMs: 0, endMs: 12_000, title: "a" },
      { startMs: 12_000, endMs: 22_000, title: "b" },
      { startMs: 22_000, endMs: 46_000, title: "c" },
      { startMs: 46_000, endMs: 60_000, title: "d" },
    ];
    const next = applyChapters(pack, chapters);
    expect(packProblems(next)).toEqual([]);
    expect(next.scenes.map((s) => s.title)).toEqual(["One", "Two", "Three", "Four"]);
    expect(next.cards.find((c) => c.id === "c2")!.atMs).toBe(14_000); // 2 s into "Two"
    expect(next.cards.find((c) => c.id === "c4")!.atMs).toBe(53_000); // halfway through "Four", stretched
    expect(() => applyChapters(pack, chapters.slice(1))).toThrow(/3 chapters and the pack 4 scenes/);
  });
});

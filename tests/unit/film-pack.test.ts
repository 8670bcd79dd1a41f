// The pack schema refuses bad packs and names each problem by its path; every shipped pack
// passes.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { packProblems } from "../../core/film-pack.ts";
import testFilm from "../fixtures/films/test-film.json" with { type: "json" };

const good = () => structuredClone(testFilm) as typeof testFilm & Record<string, unknown>;

describe("film packs", () => {
  it("every shipped pack is valid", () => {
    for (const file of readdirSync("content/films").filter((f) => f.endsWith(".json"))) {
      expect(packProblems(JSON.parse(readFileSync(`content/films/${file}`, "utf8"))), file).toEqual([]);
    }
    expect(packProblems(testFilm)).toEqual([]);
  });

  it("refuses overlapping scenes, gaps and a scene past the runtime", () => {
    const overlap = good();
    overlap.scenes[1]!.startMs = 9000;
    expect(packProblems(overlap)).toContain("scenes[1].startMs: overlaps the scene before (which ends at 10000)");

    const gap = good();
    gap.scenes[2]!.startMs = 21_000;
    expect(packProblems(gap)).toContain("scenes[2].startMs: leaves a gap after 20000");

    const long = good();
    long.scenes[3]!.endMs = 61_000;
    expect(packProblems(long)).toContain("scenes[3].endMs: after the runtime");

    const short = good();
    short.scenes[3]!.endMs = 59_000;
    expect(packProblems(short)).toContain("scenes[3].endMs: the scenes end at 59000, not at the runtime 60000");
  });

  it("refuses unknown ids and moments outside their scene", () => {
    const pack = good();
    pack.scenes[0]!.placeId = "moon";
    pack.scenes[1]!.characterIds = ["ann", "zed"];
    pack.cards[0]!.sceneId = "s9";
    pack.cards[1]!.atMs = 25_000; // c2 belongs to s2 (10–20 s)
    pack.memories[0]!.filmMs = 30_000;
    pack.memories[1]!.erasedAtMs = 1000;
    expect(packProblems(pack)).toEqual(
      expect.arrayContaining([
        'scenes[0].placeId: no place "moon"',
        'scenes[1].characterIds[1]: no character "zed"',
        'cards[0].sceneId: no scene "s9"',
        'cards[1].atMs: outside its scene "s2" (10000–20000)',
        'memories[0].filmMs: outside its scene "s2" (10000–20000)',
        "memories[1].erasedAtMs: before the film shows the memory, or after the runtime",
      ]),
    );
  });

  it("refuses duplicate ids and bad shapes", () => {
    const pack = good();
    pack.cards[1]!.id = "c1";
    expect(packProblems(pack)).toContain('cards[1].id: "c1" is used twice');
    // Shape problems come first: the cross-checks need a pack of the right shape.
    const shape = good();
    (shape as Record<string, unknown>).year = "2004";
    shape.cards[0]!.kind = "gossip";
    expect(packProblems(shape)).toEqual([expect.stringMatching(/^year: /), expect.stringMatching(/^cards\[0\]\.kind: /)]);
  });
});

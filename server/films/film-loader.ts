// Loads the film packs of content/films into the database at start. Idempotent: a pack
// whose content hash is unchanged is skipped, a changed file updates its row.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type FilmPack, filmPackSchema } from "../../core/film-pack.ts";
import type { Db } from "../../db/client.ts";
import { upsertFilm } from "../../db/queries/films.queries.ts";
import { describeIssues } from "../errors.ts";

export async function readFilmPacks(dir: string): Promise<FilmPack[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const packs: FilmPack[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), "utf8");
    const parsed = filmPackSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error.issues)}`);
    packs.push(parsed.data);
  }
  return packs;
}

export async function loadFilmPacks(db: Db, dir: string): Promise<FilmPack[]> {
  const packs = await readFilmPacks(dir);
  for (const pack of packs) {
    const contentHash = createHash("sha256").update(JSON.stringify(pack)).digest("hex");
    await upsertFilm(db, { ...pack, pack, contentHash });
  }
  return packs;
}

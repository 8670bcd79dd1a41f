// The film packs this process serves, read from the database once per film and kept with
// their cues in film order. Packs change only at start (content/films is loaded then).
import { cuesOf, type Cue } from "../../core/reveal.ts";
import { type FilmPack, filmPackSchema } from "../../core/film-pack.ts";
import type { Db } from "../../db/client.ts";
import { findFilm } from "../../db/queries/films.queries.ts";

export interface LoadedPack {
  pack: FilmPack;
  cues: Cue[];
  /** Every moment something happens (cues and film polls), sorted: when timers fire. */
  moments: { atMs: number }[];
}

export class PackCatalog {
  private readonly loaded = new Map<string, Promise<LoadedPack>>();

  constructor(private readonly db: Db) {}

  get(filmId: string): Promise<LoadedPack> {
    let entry = this.loaded.get(filmId);
    if (!entry) {
      entry = this.load(filmId);
      this.loaded.set(filmId, entry);
      entry.catch(() => this.loaded.delete(filmId));
    }
    return entry;
  }

  private async load(filmId: string): Promise<LoadedPack> {
    const row = await findFilm(this.db, filmId);
    if (!row) throw new Error(`no film ${filmId}`);
    const pack = filmPackSchema.parse(row.pack);
    const cues = cuesOf(pack);
    const moments = [...cues, ...pack.polls].map((x) => ({ atMs: x.atMs })).sort((a, b) => a.atMs - b.atMs);
    return { pack, cues, moments };
  }
}

import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { films, type FilmRow } from "../schema.ts";

export interface FilmInput {
  id: string;
  title: string;
  year: number;
  runtimeMs: number;
  pack: unknown;
  contentHash: string;
}

/** Inserts or updates a film; a pack whose hash has not changed is left untouched. */
export async function upsertFilm(db: Db, film: FilmInput): Promise<"inserted" | "updated" | "unchanged"> {
  const [existing] = await db.select({ hash: films.contentHash }).from(films).where(eq(films.id, film.id));
  if (existing?.hash === film.contentHash) return "unchanged";
  await db
    .insert(films)
    .values(film)
    .onConflictDoUpdate({
      target: films.id,
      set: { ...film, updatedAt: new Date() },
    });
  return existing ? "updated" : "inserted";
}

export function listFilms(db: Db): Promise<FilmRow[]> {
  return db.select().from(films).orderBy(asc(films.title));
}

export async function findFilm(db: Db, id: string): Promise<FilmRow | undefined> {
  const [row] = await db.select().from(films).where(eq(films.id, id));
  return row;
}

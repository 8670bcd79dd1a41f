// The film-pack format. This is the part every pack has (its identity and runtime); the
// timed content (scenes, cards, memories, film polls) is added to the same schema.
import { z } from "zod";
import type { FilmSummary } from "./protocol.ts";

export const filmPackSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a film id is lower-case words joined by '-'"),
  title: z.string().min(1).max(200),
  year: z.number().int().min(1888).max(2100),
  runtimeMs: z.number().int().positive(),
});

export type FilmPack = z.infer<typeof filmPackSchema>;

export function filmSummary(pack: FilmPack): FilmSummary {
  return { id: pack.id, title: pack.title, year: pack.year, runtimeMs: pack.runtimeMs };
}

// Where the project's files are at run time. The server runs from server/ under tsx and
// from dist/server/ when compiled, so the root is found by walking up to package.json
// rather than by a fixed number of "..".
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const MIGRATIONS_DIR = join(ROOT, "db", "migrations");
export const FILMS_DIR = join(ROOT, "content", "films");

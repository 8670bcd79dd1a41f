// npm run pack:check [file …]: validates film packs (every pack in content/films when no
// file is named) and prints each problem by its path. Exits 1 if any pack has a problem.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packProblems } from "../core/film-pack.ts";

const files = process.argv.slice(2);
const targets = files.length
  ? files
  : readdirSync("content/films")
      .filter((f) => f.endsWith(".json"))
      .map((f) => join("content/films", f));

let bad = 0;
for (const file of targets) {
  let problems: string[];
  try {
    problems = packProblems(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    problems = [`(file): ${error instanceof Error ? error.message : String(error)}`];
  }
  if (problems.length === 0) {
    console.log(`ok  ${file}`);
  } else {
    bad++;
    console.log(`bad ${file}`);
    for (const p of problems) console.log(`    ${p}`);
  }
}
process.exit(bad ? 1 : 0);

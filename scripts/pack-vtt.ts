// npm run pack:vtt -- export PACK.json            prints the pack's scenes as WebVTT chapters
// npm run pack:vtt -- import PACK.json CHAPTERS.vtt  rewrites the pack's scene timing from the file
import { readFileSync, writeFileSync } from "node:fs";
import { filmPackSchema, packProblems } from "../core/film-pack.ts";
import { applyChapters, parseWebVttChapters, scenesToWebVtt } from "../core/webvtt.ts";

const [command, packFile, vttFile] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!packFile || (command !== "export" && command !== "import") || (command === "import" && !vttFile)) {
  fail("usage: pack:vtt export PACK.json | pack:vtt import PACK.json CHAPTERS.vtt");
}
const raw = JSON.parse(readFileSync(packFile!, "utf8"));
const problems = packProblems(raw);
if (problems.length) fail(`${packFile} is not a valid pack:\n  ${problems.join("\n  ")}`);
const pack = filmPackSchema.parse(raw);

if (command === "export") {
  process.stdout.write(scenesToWebVtt(pack));
} else {
  const { chapters, problems: vttProblems } = parseWebVttChapters(readFileSync(vttFile!, "utf8"));
  if (vttProblems.length) fail(`${vttFile}:\n  ${vttProblems.join("\n  ")}`);
  const next = applyChapters(pack, chapters);
  const after = packProblems(next);
  if (after.length) fail(`the new timing breaks the pack:\n  ${after.join("\n  ")}`);
  writeFileSync(packFile!, `${JSON.stringify({ ...raw, ...next }, null, 2)}\n`);
  console.log(`${packFile}: ${chapters.length} scenes re-timed from ${vttFile}`);
}

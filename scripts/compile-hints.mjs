// After `next build`: marks every client chunk for eager compilation with V8's explicit
// compile hint (Chrome 136+), so the browser compiles its functions on a background thread
// while the file streams in, instead of on the main thread the first time each is called.
// Every chunk of this app runs when it loads (framework, pages, the live room), so the
// whole file is the right grain. Idempotent; other engines read the line as a comment.
// See docs/decisions/007-compile-hints.md.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

const root = join(process.argv[2] ?? ".next", "static", "chunks");
let marked = 0;
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
  const file = join(entry.parentPath, entry.name);
  const source = await readFile(file, "utf8");
  if (source.startsWith(COMPILE_HINT)) continue;
  await writeFile(file, COMPILE_HINT + source);
  marked++;
}
console.log(`[build] compile hints: ${marked} chunk(s) in ${root} marked for eager compilation`);

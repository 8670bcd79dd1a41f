// The size budget: the JavaScript a phone downloads to open a room, gzipped, read from the
// production build as served. Sizes, not times.
import { gzipSync } from "node:zlib";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

// The budget for the room page's first load. The live part (socket, clock, React
// Query, cards, polls) loads after the first paint and is held to its own budget, so it
// cannot grow unseen either. See docs/decisions/005-first-load-budget.md.
const FIRST_LOAD_KB = 150;
const LIVE_KB = 60;

// Written by scripts/compile-hints.mjs at the top of every chunk: V8 compiles the whole file
// on a background thread while it streams in (docs/decisions/007-compile-hints.md).
const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** The script's size gzipped, after checking that it carries the compile hint. */
async function gzipKb(request: APIRequestContext, src: string): Promise<number> {
  const body = await (await request.get(src)).body();
  expect(body.subarray(0, COMPILE_HINT.length).toString(), `${src} starts with the compile hint`).toBe(COMPILE_HINT);
  return gzipSync(body, { level: 9 }).length / 1024;
}

/** Every script the page loads at once; legacy polyfills (noModule) are skipped by the
 * browsers phones run, so they are not counted. */
function scriptsOf(html: string): string[] {
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => Boolean(src));
  return [...new Set(scripts)];
}

test(`a room's first-load JavaScript is at most ${FIRST_LOAD_KB} KB gzipped, its live part at most ${LIVE_KB} KB`, async ({
  page,
  request,
}) => {
  const created = await request.post("/api/rooms", { data: { hostName: "Budget" } });
  expect(created.status()).toBe(201);
  const { code } = (await created.json()) as { code: string };

  const html = await (await request.get(`/r/${code}`)).text();
  expect(html).toContain("What should the room call you?"); // a real room, painted by the server
  const first = scriptsOf(html);
  expect(first.length).toBeGreaterThan(0);
  let firstKb = 0;
  for (const src of first) firstKb += await gzipKb(request, src);

  // What the page fetches after that, in a browser. A newcomer's page loads nothing more
  // until they touch it: the live part starts when the name field takes focus.
  const later = new Set<string>();
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (r.resourceType() === "script" && !first.includes(path)) later.add(path);
  });
  await page.goto(`/r/${code}`);
  await page.waitForLoadState("networkidle");
  expect([...later], "scripts loaded before the newcomer touched the page").toEqual([]);
  await expect(page.getByTestId("connection")).toHaveCount(0);
  await page.getByLabel("Your name").focus();
  await expect(page.getByTestId("connection")).toHaveText("Connected");
  expect(later.size).toBeGreaterThan(0);
  let liveKb = 0;
  for (const src of later) liveKb += await gzipKb(request, src);

  const report = `first load ${firstKb.toFixed(1)} KB in ${first.length} files; live part ${liveKb.toFixed(1)} KB in ${later.size}`;
  test.info().annotations.push({ type: "room JS (gzip)", description: report });
  console.log(`room page JS, gzipped: ${report}`);
  expect(firstKb).toBeLessThanOrEqual(FIRST_LOAD_KB);
  expect(liveKb).toBeLessThanOrEqual(LIVE_KB);
});

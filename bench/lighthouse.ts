// Lighthouse (mobile, its default) on the lobby, the room and the recap, in Debian's
// Chromium, against the production build on a fresh embedded database. Each page is run
// LIGHTHOUSE_RUNS times (default 7), the pages in turn, and the median run is reported, as
// Lighthouse's own docs advise on a noisy machine: one run's TBT moves by a factor of three
// here. A copy of the lobby without its scripts is measured in the same runs as the floor.
// Run `npm run build` first; `npm run bench:lighthouse`. LIGHTHOUSE_REPORTS=dir keeps the
// median runs' JSON reports.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { launchChromium } from "./support/chromium.ts";
import { createRoom } from "./support/clients.ts";
import { serveNoJsCopy } from "./support/no-js-copy.ts";
import { startMontauk } from "./support/processes.ts";

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 7);
const goals = { performance: 95, accessibility: 100, "best-practices": 95 } as const;

const server = await startMontauk();
const room = await createRoom(server.url);
const chrome = await launchChromium();
// The floor: the lobby as rendered, without its scripts (bench/support/no-js-copy.ts).
const floor = await serveNoJsCopy(`${server.url}/`);
const pages: { name: string; url: string; judged: boolean }[] = [
  { name: "lobby", url: `${server.url}/`, judged: true },
  { name: "room", url: `${server.url}/r/${room.code}`, judged: true },
  { name: "recap", url: `${server.url}/r/${room.code}/recap`, judged: true },
  { name: "floor", url: floor.url, judged: false },
];

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const numeric = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** The run whose performance score is the median (ties: the first). */
function medianRun(runs: Lhr[]): Lhr {
  const sorted = [...runs].sort((a, b) => score(a, "performance") - score(b, "performance"));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

try {
  console.log(`lighthouse, mobile preset (simulated slow 4G, 4x CPU slowdown), Debian Chromium; median of ${RUNS} runs`);
  console.log("(floor: the lobby as the server renders it, every script removed, measured in the same runs)");
  // Round-robin, so a machine that slows down for a minute slows every page alike.
  const runs = new Map(pages.map((p) => [p.name, [] as Lhr[]]));
  for (let i = 0; i < RUNS; i++) {
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      runs.get(page.name)!.push(result!.lhr);
    }
  }
  for (const { name, judged } of pages) {
    const all = runs.get(name)!;
    const lhr = medianRun(all);
    const verdict = judged
      ? Object.entries(goals)
          .map(([id, goal]) => `${id} ${score(lhr, id)} (goal ≥ ${goal}: ${score(lhr, id) >= goal ? "met" : "NOT met"})`)
          .join(", ") + `, seo ${score(lhr, "seo")}`
      : `performance ${score(lhr, "performance")} (no goal: the floor)`;
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? "?";
    const lcpElement = (lhr.audits["largest-contentful-paint-element"]?.details as
      | { items?: { items?: { node?: { snippet?: string } }[] }[] }
      | undefined)?.items?.[0]?.items?.[0]?.node?.snippet;
    console.log(`${name.padEnd(6)} ${verdict}`);
    console.log(
      `       FCP ${audit("first-contentful-paint")}, LCP ${audit("largest-contentful-paint")}, ` +
        `TBT ${audit("total-blocking-time")}, CLS ${audit("cumulative-layout-shift")}, SI ${audit("speed-index")}` +
        (lcpElement ? `; LCP element ${lcpElement.slice(0, 60)}` : ""),
    );
    const spread = (id: string) => all.map((r) => Math.round(numeric(r, id))).sort((a, b) => a - b).join("/");
    console.log(`       all runs: performance ${all.map((r) => score(r, "performance")).sort((a, b) => a - b).join("/")}, TBT ms ${spread("total-blocking-time")}, LCP ms ${spread("largest-contentful-paint")}`);
    if (process.env.LIGHTHOUSE_REPORTS) {
      await mkdir(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
      await writeFile(join(process.env.LIGHTHOUSE_REPORTS, `${name}.json`), JSON.stringify(lhr, null, 1));
    }
  }
} finally {
  await floor.close();
  await chrome.kill();
  await server.stop();
}
process.exit(0);

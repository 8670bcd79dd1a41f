// Lighthouse A/B: the same page on two (or more) running servers, interleaved run by run, so
// a machine that slows down for a minute slows every variant alike. This is how the
// decisions' A/B figures were made (docs/decisions/005, 007): build variant A, copy the
// checkout with its .next and dist elsewhere and start it on one port; build variant B, start
// it on another; then
//   npm run bench:lighthouse-ab -- 7 http://127.0.0.1:3001/,http://127.0.0.1:3002/ [more pairs…]
// Prints each variant's median and mean performance score, all runs, median TBT, FCP, LCP.
import lighthouse from "lighthouse";
import { launchChromium } from "./support/chromium.ts";
import { percentile } from "./support/stats.ts";

const [runsArg, ...groups] = process.argv.slice(2);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1 || groups.length === 0) {
  console.error("usage: lighthouse-ab.ts RUNS urlA,urlB[,urlC…] [urlA,urlB…]");
  process.exit(2);
}

const chrome = await launchChromium();
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const median = (a: number[]) => percentile(a, 50);
const mean = (a: number[]) => Math.round(a.reduce((x, y) => x + y, 0) / a.length);

try {
  for (const group of groups) {
    const urls = group.split(",");
    const results = urls.map(() => ({ perf: [] as number[], tbt: [] as number[], fcp: [] as number[], lcp: [] as number[] }));
    for (let i = 0; i < runs; i++) {
      for (const [j, url] of urls.entries()) {
        const lhr = (await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] }))!.lhr;
        const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
        const r = results[j]!;
        r.perf.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
        r.tbt.push(metric("total-blocking-time"));
        r.fcp.push(metric("first-contentful-paint"));
        r.lcp.push(metric("largest-contentful-paint"));
      }
    }
    for (const [j, url] of urls.entries()) {
      const r = results[j]!;
      console.log(
        `${String.fromCharCode(65 + j)} ${url}: performance median ${median(r.perf)}, mean ${mean(r.perf)} [${sorted(r.perf).join(" ")}]; ` +
          `TBT median ${median(r.tbt)} ms, FCP ${median(r.fcp)} ms, LCP ${median(r.lcp)} ms`,
      );
    }
  }
} finally {
  await chrome.kill();
}
process.exit(0);

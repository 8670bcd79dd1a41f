// Lighthouse (mobile, its default) on the lobby, the room and the recap, in Debian's
// Chromium, against the production build on a fresh embedded database.
// Run `npm run build` first; `npm run bench:lighthouse`.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createRoom } from "./support/clients.ts";
import { startMontauk } from "./support/processes.ts";

const server = await startMontauk();
const room = await createRoom(server.url);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.MONTAUK_CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const pages = [
  ["lobby", "/"],
  ["room", `/r/${room.code}`],
  ["recap", `/r/${room.code}/recap`],
] as const;
const goals = { performance: 95, accessibility: 100, "best-practices": 95 } as const;
try {
  console.log("lighthouse, mobile preset (simulated slow 4G, 4x CPU slowdown), Debian Chromium");
  for (const [name, path] of pages) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const categories = result!.lhr.categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const verdict = Object.entries(goals)
      .map(([id, goal]) => `${id} ${score(id)} (goal ≥ ${goal}: ${score(id) >= goal ? "met" : "NOT met"})`)
      .join(", ");
    const audit = (id: string) => result!.lhr.audits[id]?.displayValue ?? "?";
    console.log(`${name.padEnd(6)} ${verdict}, seo ${score("seo")}`);
    console.log(
      `       FCP ${audit("first-contentful-paint")}, LCP ${audit("largest-contentful-paint")}, ` +
        `TBT ${audit("total-blocking-time")}, CLS ${audit("cumulative-layout-shift")}, SI ${audit("speed-index")}`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
}
process.exit(0);

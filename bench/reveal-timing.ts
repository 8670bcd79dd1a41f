// Reveal timing: how long after a card's, scene's or memory's moment do the phones of a
// playing room receive it? The host plays through the busiest 20 s of the Eternal Sunshine
// pack; 50 members note, on the machine's shared clock, when each item arrives against the
// moment the cursor reached it. Early arrivals would be spoilers and are counted apart.
// Run `npm run build` first; `npm run bench:reveal`.
import { connect, hostRoom } from "./support/clients.ts";
import pack from "../content/films/eternal-sunshine.json" with { type: "json" };
import { cuesOf } from "../core/reveal.ts";
import { filmPackSchema } from "../core/film-pack.ts";
import { startMontauk } from "./support/processes.ts";
import { fmt, percentile, trueNow } from "./support/stats.ts";

const MEMBERS = 50;
const WINDOW_MS = 20_000;

const cues = cuesOf(filmPackSchema.parse(pack));
// The start whose next 20 s hold the most cues.
let start = 0;
let best = 0;
for (const c of cues) {
  const from = c.atMs - 500;
  const n = cues.filter((x) => x.atMs > from && x.atMs <= from + WINDOW_MS).length;
  if (n > best) [best, start] = [n, from];
}
const due = new Map(cues.filter((c) => c.atMs > start && c.atMs <= start + WINDOW_MS).map((c) => [`${c.kind}:${c.id}`, c.atMs]));

const server = await startMontauk();
const { host, ...room } = await hostRoom(server.url);
await host.emitWithAck("cursor:seek", { positionMs: start });
const lateness: number[] = [];
let early = 0;
let anchor = 0;
const members = await Promise.all(Array.from({ length: MEMBERS }, () => connect(server.url)));
for (const [i, m] of members.entries()) {
  await m.emitWithAck("room:join", { code: room.code, name: `M${i}` });
  m.on("film:revealed", (r: { scenes: { id: string }[]; cards: { id: string }[]; memories: { id: string; erasedAtMs?: number }[] }) => {
    const at = trueNow();
    const keys = [
      // A scene comes again, complete, when its story order is shown: a "story" cue.
      ...r.scenes.map((s) => (due.has(`story:${s.id}`) ? `story:${s.id}` : `scene:${s.id}`)),
      ...r.cards.map((c) => `card:${c.id}`),
      ...r.memories.map((x) => (x.erasedAtMs !== undefined ? `erasure:${x.id}` : `memory:${x.id}`)),
    ];
    for (const key of keys) {
      const ms = due.get(key);
      if (ms === undefined || !anchor) continue;
      const moment = anchor + (ms - start);
      if (at < moment) early++;
      else lateness.push(at - moment);
    }
  });
}
const played = await host.emitWithAck("cursor:play", {});
anchor = played.data.cursor.anchorServerTime;
await new Promise((r) => setTimeout(r, WINDOW_MS + 1500));
await host.emitWithAck("cursor:pause", {});
members.forEach((m) => m.disconnect());
host.disconnect();
await server.stop();

console.log(
  `reveal timing, ${MEMBERS} members, ${due.size} items in ${WINDOW_MS / 1000} s of play from ${Math.round(start / 1000)} s: ` +
    `received ${lateness.length} of ${due.size * MEMBERS}, early ${early}; after the moment p50 ${fmt(percentile(lateness, 50))}, ` +
    `p99 ${fmt(percentile(lateness, 99))}, max ${fmt(Math.max(...lateness))} (goal ≤ 250 ms: ${
      lateness.length === due.size * MEMBERS && early === 0 && percentile(lateness, 100) <= 250 ? "met" : "NOT met"
    })`,
);
process.exit(0);

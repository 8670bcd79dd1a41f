// Cursor fan-out: a seek in a room of 1,000 members, each in a load process apart from
// the server; the time from the host's seek until each member has `cursor:changed`.
// Side by side in the same run with a bare Socket.IO server doing the same broadcast.
// Run `npm run build` first; `npm run bench:fanout`.
import { alternate, line, MEMBERS, PROCESSES, ROUNDS, run } from "./support/fanout.ts";
import { startMontauk, startScript } from "./support/processes.ts";
import { fmt, percentile } from "./support/stats.ts";

// Both servers stay up; the runs alternate (bare, Montauk, bare, Montauk).
const PASSES = Number(process.env.PASSES ?? 2);
const bareServer = await startScript("bench/support/bare-server.ts");
const montaukServer = await startMontauk();
const [bare, montauk] = await alternate(PASSES, [() => run("bare", bareServer.url), () => run("montauk", montaukServer.url)]);
await bareServer.stop();
await montaukServer.stop();

console.log(`cursor fan-out, ${MEMBERS} members in ${PROCESSES} load processes, ${PASSES} alternating passes of ${ROUNDS} seeks each`);
console.log(line("bare Socket.IO", bare));
console.log(line("Montauk (PGlite)", montauk));
// The "time until every member has it" read both ways: each member's latency, and
// per seek the time until the last member had it.
for (const [reading, key] of [
  ["every member", "perMember"],
  ["until the last member", "lastMember"],
] as const) {
  const p99 = percentile(montauk[key], 99);
  const ratio = p99 / percentile(bare[key], 99);
  console.log(
    `${reading}: Montauk / bare at p99 ${ratio.toFixed(2)} (goal ≤ 1.25: ${ratio <= 1.25 ? "met" : "NOT met"}); ` +
      `Montauk p99 ${fmt(p99)} (goal ≤ 50 ms: ${p99 <= 50 ? "met" : "NOT met"})`,
  );
}
process.exit(0);

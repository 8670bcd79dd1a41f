// Cursor fan-out through Redis: the same seek as bench:fanout in a room of 1,000 members,
// the host on one process and the members' load processes split between two processes of
// one deployment (PostgreSQL, REDIS_URL), so half of every broadcast crosses Redis. The
// baseline in the same run is one process on its own PostgreSQL database, all members on
// it. The passes alternate. Needs BENCH_POSTGRES_URL (a server it may create databases on)
// and BENCH_REDIS_URL. Run `npm run build` first; `npm run bench:cluster`.
import { alternate, line, MEMBERS, PROCESSES, ROUNDS, run } from "./support/fanout.ts";
import { freshDatabase } from "./support/postgres.ts";
import { startMontauk } from "./support/processes.ts";
import { fmt, percentile } from "./support/stats.ts";

const pgServer = process.env.BENCH_POSTGRES_URL;
const redisUrl = process.env.BENCH_REDIS_URL;
if (!pgServer || !redisUrl) {
  console.error("bench:cluster needs BENCH_POSTGRES_URL and BENCH_REDIS_URL");
  process.exit(1);
}
const PASSES = Number(process.env.PASSES ?? 2);

const single = await freshDatabase(pgServer);
const shared = await freshDatabase(pgServer);
const alone = await startMontauk({ DATABASE_URL: single.url });
const a = await startMontauk({ DATABASE_URL: shared.url, REDIS_URL: redisUrl });
const b = await startMontauk({ DATABASE_URL: shared.url, REDIS_URL: redisUrl });
try {
  const [one, two] = await alternate(PASSES, [
    () => run("montauk", alone.url),
    () => run("montauk", a.url, [a.url, b.url]),
  ]);
  console.log(`cursor fan-out through Redis, ${MEMBERS} members in ${PROCESSES} load processes, ${PASSES} alternating passes of ${ROUNDS} seeks each`);
  console.log(line("one process", one));
  console.log(line("two through Redis", two));
  for (const [reading, key] of [
    ["every member", "perMember"],
    ["until the last member", "lastMember"],
  ] as const) {
    const ratio = percentile(two[key], 99) / percentile(one[key], 99);
    console.log(`${reading}: two processes / one at p99 ${ratio.toFixed(2)} (${fmt(percentile(two[key], 99))} vs ${fmt(percentile(one[key], 99))})`);
  }
} finally {
  await Promise.all([alone.stop(), a.stop(), b.stop()]);
  await single.drop();
  await shared.drop();
}
process.exit(0);

// Poll burst: 1,000 and 5,000 members of one room, in load processes apart from the
// server, each vote once within the same second. Reports ack latency p50/p99, ballots per
// second, and checks that the tally and the database count are exact. Runs on PGlite and,
// when BENCH_POSTGRES_URL is set (a server it may create databases on), on PostgreSQL.
// Run `npm run build` first; `npm run bench:polls`.
import { hostRoom } from "./support/clients.ts";
import postgres from "postgres";
import { freshDatabase } from "./support/postgres.ts";
import { ask, forkTs, startMontauk, type Started } from "./support/processes.ts";
import { fmt, percentile, trueNow } from "./support/stats.ts";

const SIZES = (process.env.SIZES ?? "1000,5000").split(",").map(Number);
const PROCESSES = 4;

async function burst(server: Started, members: number, label: string): Promise<void> {
  const { host, ...room } = await hostRoom(server.url);
  const created = await host.emitWithAck("poll:create", { question: "Would you erase it?", options: ["Yes", "No"] });
  const pollId: string = created.data.poll.id;

  const workers = Array.from({ length: PROCESSES }, () => forkTs("bench/workers/voter.ts"));
  const share = Math.ceil(members / PROCESSES);
  await Promise.all(
    workers.map((w, i) =>
      ask(w, { type: "join", url: server.url, code: room.code, count: Math.min(share, members - i * share), offset: i * share }, "joined"),
    ),
  );

  const before = await voteHistogram(server.url);
  const startAt = trueNow() + 1000;
  const results = await Promise.all(
    workers.map((w) =>
      ask<{ latencies: number[]; refused: number; finishedAt: number }>(w, { type: "vote", pollId, startAt, spreadMs: 1000 }, "voted"),
    ),
  );
  const latencies = results.flatMap((r) => r.latencies);
  const refused = results.reduce((n, r) => n + r.refused, 0);
  const lastAck = Math.max(...results.map((r) => r.finishedAt));
  const serverSide = histogramQuantiles(before, await voteHistogram(server.url));
  const closed = await host.emitWithAck("poll:close", { pollId });
  const counts: Record<string, number> = closed.data.poll.counts;
  const sum = Object.values(counts).reduce((a, b) => a + b, 0);

  await Promise.all(workers.map((w) => ask(w, { type: "close" }, "closed")));
  workers.forEach((w) => w.kill());
  host.disconnect();

  const exact = latencies.length === members && refused === 0 && sum === members && closed.data.poll.voters === members;
  console.log(
    `${label.padEnd(11)} ${String(members).padStart(5)} members: acked ${latencies.length}, refused ${refused}; ` +
      `ack p50 ${fmt(percentile(latencies, 50))}, p99 ${fmt(percentile(latencies, 99))}, max ${fmt(Math.max(...latencies))}; ` +
      `all acknowledged ${((lastAck - startAt) / 1000).toFixed(2)} s after the first vote; ` +
      `${Math.round(latencies.length / ((lastAck - startAt) / 1000))} ballots/s; ` +
      `tally ${JSON.stringify(counts)} = ${sum} ${exact ? "(exact)" : "(NOT exact)"}; ` +
      `in the server (receipt to ack, /metrics histogram): p50 ≤ ${serverSide.p50} ms, p99 ≤ ${serverSide.p99} ms`,
  );
  return pollId as unknown as void;
}

async function databaseCount(url: string, pollIds: string[]): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const [row] = await sql`select count(*)::int as n from ballots where poll_id in ${sql(pollIds)}`;
  await sql.end();
  return row!.n as number;
}

// PGlite (the default database).
{
  const server = await startMontauk();
  for (const size of SIZES) await burst(server, size, "PGlite");
  await server.stop();
}

// PostgreSQL, when a server is given.
const pgServer = process.env.BENCH_POSTGRES_URL;
if (pgServer) {
  const database = await freshDatabase(pgServer);
  try {
    const server = await startMontauk({ DATABASE_URL: database.url });
    for (const size of SIZES) await burst(server, size, "PostgreSQL");
    await server.stop();
    const total = await databaseCount(database.url, await pollIdsOf(database.url));
    console.log(`PostgreSQL: ${total} ballots stored in all (${SIZES.reduce((a, b) => a + b, 0)} cast)`);
  } finally {
    await database.drop();
  }
}
process.exit(0);

async function pollIdsOf(url: string): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const rows = await sql`select id from polls`;
  await sql.end();
  return rows.map((r) => r.id as string);
}

/** The cumulative buckets of the server's poll:vote handling histogram (seconds → count). */
async function voteHistogram(url: string): Promise<Map<number, number>> {
  const text = await fetch(`${url}/metrics`).then((r) => r.text());
  const buckets = new Map<number, number>();
  for (const m of text.matchAll(/montauk_event_handling_seconds_bucket\{le="([^"]+)",event="poll:vote"\} (\d+)/g)) {
    buckets.set(m[1] === "+Inf" ? Number.POSITIVE_INFINITY : Number(m[1]), Number(m[2]));
  }
  return buckets;
}

/** Upper bounds of p50 and p99 (ms) from the difference of two histogram readings. */
function histogramQuantiles(before: Map<number, number>, after: Map<number, number>): { p50: string; p99: string } {
  const les = [...after.keys()].sort((a, b) => a - b);
  const counts = les.map((le) => (after.get(le) ?? 0) - (before.get(le) ?? 0));
  const total = counts.at(-1) ?? 0;
  const at = (q: number) => {
    const i = counts.findIndex((c) => c >= q * total);
    const le = les[i];
    return le === undefined || !Number.isFinite(le) ? "∞" : String(le * 1000);
  };
  return { p50: at(0.5), p99: at(0.99) };
}

// Cursor fan-out: a seek in a room of 1,000 members, each in a load process apart from
// the server; the time from the host's seek until each member has `cursor:changed`.
// Side by side in the same run with a bare Socket.IO server doing the same broadcast.
// Run `npm run build` first; `npm run bench:fanout`.
import { availableParallelism } from "node:os";
import type { Socket } from "socket.io-client";
import { connect, hostRoom } from "./support/clients.ts";
import { ask, forkTs, startMontauk, startScript, type Started } from "./support/processes.ts";
import { fmt, percentile, trueNow } from "./support/stats.ts";

const MEMBERS = Number(process.env.MEMBERS ?? 1000);
// One load process per core by default: more processes than cores measure the scheduler
// handing out time slices more than either server (4 on these 2 cores doubled the tail).
const PROCESSES = Number(process.env.PROCESSES ?? availableParallelism());
const ROUNDS = Number(process.env.ROUNDS ?? 20);

interface Result {
  perMember: number[]; // every member's latency of every round
  lastMember: number[]; // per round: until the last member had it
}

async function run(mode: "montauk" | "bare", server: Started): Promise<Result> {
  let host: Socket;
  let code: string | undefined;
  if (mode === "montauk") {
    ({ code, host } = await hostRoom(server.url));
  } else {
    host = await connect(server.url);
  }

  const workers = Array.from({ length: PROCESSES }, () => forkTs("bench/workers/fanout-client.ts"));
  const share = Math.ceil(MEMBERS / PROCESSES);
  await Promise.all(
    workers.map((w, i) =>
      ask(w, { type: "join", url: server.url, count: Math.min(share, MEMBERS - i * share), mode, code, offset: i * share }, "joined"),
    ),
  );
  await sleep(1500); // let presence and joins settle

  const sentAt = new Map<number, number>();
  for (let round = 0; round < ROUNDS; round++) {
    const positionMs = 60_000 + round * 1000;
    const at = trueNow();
    const ack = await host.emitWithAck(mode === "montauk" ? "cursor:seek" : "seek", { positionMs });
    if (!ack.ok) throw new Error(JSON.stringify(ack));
    sentAt.set(ack.data.cursor.revision, at);
    await sleep(250);
  }
  await sleep(500);

  const perMember: number[] = [];
  const lastMember: number[] = [];
  const byRevision = new Map<number, number[]>();
  for (const w of workers) {
    const { arrivals } = await ask<{ arrivals: [number, number[]][] }>(w, { type: "collect" }, "arrivals");
    for (const [revision, times] of arrivals) byRevision.set(revision, [...(byRevision.get(revision) ?? []), ...times]);
  }
  for (const [revision, sent] of sentAt) {
    const times = byRevision.get(revision) ?? [];
    if (times.length !== MEMBERS) throw new Error(`${mode}: revision ${revision} reached ${times.length} of ${MEMBERS}`);
    const latencies = times.map((t) => t - sent);
    perMember.push(...latencies);
    lastMember.push(Math.max(...latencies));
  }
  await Promise.all(workers.map((w) => ask(w, { type: "close" }, "closed")));
  workers.forEach((w) => w.kill());
  host.disconnect();
  return { perMember, lastMember };
}


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function line(label: string, r: Result) {
  return (
    `${label.padEnd(22)} every member: p50 ${fmt(percentile(r.perMember, 50))}, p99 ${fmt(percentile(r.perMember, 99))}; ` +
    `until the last member: p50 ${fmt(percentile(r.lastMember, 50))}, p99 ${fmt(percentile(r.lastMember, 99))}`
  );
}

// Both servers stay up; the runs alternate (bare, Montauk, bare, Montauk) so that neither
// side is always measured on a colder or a warmer machine.
const PASSES = Number(process.env.PASSES ?? 2);
const bareServer = await startScript("bench/support/bare-server.ts");
const montaukServer = await startMontauk();
const bare: Result = { perMember: [], lastMember: [] };
const montauk: Result = { perMember: [], lastMember: [] };
for (let pass = 0; pass < PASSES; pass++) {
  for (const [into, mode, server] of [
    [bare, "bare", bareServer],
    [montauk, "montauk", montaukServer],
  ] as const) {
    const r = await run(mode, server);
    into.perMember.push(...r.perMember);
    into.lastMember.push(...r.lastMember);
  }
}
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

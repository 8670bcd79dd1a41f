// The fan-out measurement shared by the benchmarks: a host seeks ROUNDS times in a room
// whose members are spread over load processes (one per core), each member noting on the
// machine's shared clock when each \`cursor:changed\` arrives.
import { availableParallelism } from "node:os";
import type { Socket } from "socket.io-client";
import { connect, hostRoom } from "./clients.ts";
import { ask, forkTs } from "./processes.ts";
import { fmt, percentile, trueNow } from "./stats.ts";

export const MEMBERS = Number(process.env.MEMBERS ?? 1000);
// One load process per core by default: more processes than cores measure the scheduler
// handing out time slices more than either server (4 on these 2 cores doubled the tail).
export const PROCESSES = Number(process.env.PROCESSES ?? availableParallelism());
export const ROUNDS = Number(process.env.ROUNDS ?? 20);

export interface Result {
  perMember: number[]; // every member's latency of every round
  lastMember: number[]; // per round: until the last member had it
}

/**
 * One pass: the host on \`hostUrl\`, the members' load processes spread over \`memberUrls\`
 * in turn (several processes of one deployment, or just the one server).
 */
export async function run(mode: "montauk" | "bare", hostUrl: string, memberUrls: string[] = [hostUrl]): Promise<Result> {
  let host: Socket;
  let code: string | undefined;
  if (mode === "montauk") {
    ({ code, host } = await hostRoom(hostUrl));
  } else {
    host = await connect(hostUrl);
  }

  const workers = Array.from({ length: PROCESSES }, () => forkTs("bench/workers/fanout-client.ts"));
  const share = Math.ceil(MEMBERS / PROCESSES);
  await Promise.all(
    workers.map((w, i) =>
      ask(
        w,
        { type: "join", url: memberUrls[i % memberUrls.length], count: Math.min(share, MEMBERS - i * share), mode, code, offset: i * share },
        "joined",
      ),
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

/**
 * Runs each variant once per pass, in turn, so that none is always measured on a colder or
 * a warmer machine; returns each variant's results over all passes, in the given order.
 */
export async function alternate<V extends (() => Promise<Result>)[]>(passes: number, variants: [...V]): Promise<{ [K in keyof V]: Result }> {
  const all = variants.map((): Result => ({ perMember: [], lastMember: [] }));
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, variant] of variants.entries()) {
      const r = await variant();
      all[i]!.perMember.push(...r.perMember);
      all[i]!.lastMember.push(...r.lastMember);
    }
  }
  return all as { [K in keyof V]: Result };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function line(label: string, r: Result) {
  return (
    `${label.padEnd(22)} every member: p50 ${fmt(percentile(r.perMember, 50))}, p99 ${fmt(percentile(r.perMember, 99))}; ` +
    `until the last member: p50 ${fmt(percentile(r.lastMember, 50))}, p99 ${fmt(percentile(r.lastMember, 99))}`
  );
}


// Clock agreement: how far from the true server clock do phones' estimates land?
// 50 clients in 5 processes apart from the server, on loopback and through a proxy adding
// 100 ms ± 20 ms in each direction. Run `npm run build` first; `npm run bench:clock`.
import { ask, forkTs, startMontauk, startScript } from "./support/processes.ts";
import { fmt, percentile } from "./support/stats.ts";

const PROCESSES = 5;
const CLIENTS_PER_PROCESS = Number(process.env.CLIENTS_PER_PROCESS ?? 10);
const READS = 5;

async function measure(url: string): Promise<number[]> {
  const workers = Array.from({ length: PROCESSES }, () => forkTs("bench/workers/clock-client.ts"));
  const results = await Promise.all(
    workers.map((w) => ask<{ errors: number[] }>(w, { type: "run", url, clients: CLIENTS_PER_PROCESS, reads: READS }, "result")),
  );
  workers.forEach((w) => w.kill());
  return results.flatMap((r) => r.errors);
}

function report(label: string, errors: number[], goal: number) {
  const abs = errors.map(Math.abs);
  const p99 = percentile(abs, 99);
  console.log(
    `${label.padEnd(34)} clients ${PROCESSES * CLIENTS_PER_PROCESS}, reads ${abs.length}: ` +
      `|error| p50 ${fmt(percentile(abs, 50))}, p99 ${fmt(p99)}, max ${fmt(Math.max(...abs))} ` +
      `(goal p99 ≤ ${goal} ms: ${p99 <= goal ? "met" : "NOT met"})`,
  );
}

const server = await startMontauk();
try {
  report("loopback", await measure(server.url), 5);
  const port = new URL(server.url).port;
  const proxy = await startScript("bench/support/delay-proxy.ts", [port, "100", "20"]);
  try {
    report("+100 ms ± 20 ms each way (proxy)", await measure(proxy.url), 20);
  } finally {
    await proxy.stop();
  }
} finally {
  await server.stop();
}
process.exit(0);

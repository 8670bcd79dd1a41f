// A TCP proxy that delays every chunk by DELAY ± JITTER ms in each direction, keeping the
// order of each stream (a later chunk never overtakes an earlier one, as in TCP). It
// stands in for a phone on a slow network: `tc netem` needs a network namespace, this
// needs nothing. Usage: delay-proxy.ts TARGET_PORT DELAY_MS JITTER_MS
import { createServer, type Socket, connect } from "node:net";

const [targetPort, delayMs, jitterMs] = process.argv.slice(2).map(Number);

function delayed(from: Socket, to: Socket): void {
  // One queue and one timer per direction: separate timers per chunk could fire out of
  // order, since Node rounds their durations to whole milliseconds.
  const queue: { due: number; chunk: Buffer }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const drain = () => {
    timer = undefined;
    while (queue.length && queue[0]!.due <= performance.now()) {
      const { chunk } = queue.shift()!;
      if (to.writable) to.write(chunk);
    }
    if (queue.length) timer = setTimeout(drain, Math.max(0, queue[0]!.due - performance.now()));
    else if (closed) to.destroy();
  };
  from.on("data", (chunk) => {
    const wait = delayMs! + (Math.random() * 2 - 1) * jitterMs!;
    const due = Math.max(queue.at(-1)?.due ?? 0, performance.now() + wait);
    queue.push({ due, chunk });
    timer ??= setTimeout(drain, Math.max(0, queue[0]!.due - performance.now()));
  });
  from.on("close", () => {
    closed = true;
    if (!queue.length && !timer) to.destroy();
  });
  from.on("error", () => to.destroy());
}

const server = createServer((client) => {
  const upstream = connect(targetPort!, "127.0.0.1");
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  delayed(client, upstream);
  delayed(upstream, client);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`listening on http://127.0.0.1:${address.port}`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();

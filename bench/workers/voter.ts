// A load process of the poll benchmark: N members join a room, then each votes once at its
// moment within one shared second, noting how long its acknowledgement took.
import type { Socket } from "socket.io-client";
import { connectMany } from "../support/clients.ts";
import { trueNow } from "../support/stats.ts";

let sockets: Socket[] = [];

type Message =
  | { type: "join"; url: string; code: string; count: number; offset: number }
  | { type: "vote"; pollId: string; startAt: number; spreadMs: number }
  | { type: "close" };

process.on("message", async (m: Message) => {
  try {
    if (m.type === "join") {
      sockets = await connectMany(
        m.url,
        m.count,
        async (socket, i) => {
          const ack = await socket.timeout(60_000).emitWithAck("room:join", { code: m.code, name: `Voter ${m.offset + i}` });
          if (!ack.ok) throw new Error(JSON.stringify(ack));
        },
        50,
      );
      process.send!({ type: "joined" });
    } else if (m.type === "vote") {
      const latencies: number[] = [];
      let refused = 0;
      await Promise.all(
        sockets.map(
          (socket, i) =>
            new Promise<void>((resolve) => {
              const at = m.startAt + ((i + Math.random()) / sockets.length) * m.spreadMs;
              setTimeout(() => {
                const sent = trueNow();
                socket.timeout(30_000).emit("poll:vote", { pollId: m.pollId, optionIds: [i % 3 === 0 ? "o1" : "o2"] }, (err: unknown, res: { ok: boolean }) => {
                  if (!err && res?.ok) latencies.push(trueNow() - sent);
                  else refused++;
                  resolve();
                });
              }, Math.max(0, at - trueNow()));
            }),
        ),
      );
      process.send!({ type: "voted", latencies, refused, finishedAt: trueNow() });
    } else if (m.type === "close") {
      sockets.forEach((s) => s.disconnect());
      sockets = [];
      process.send!({ type: "closed" });
    }
  } catch (error) {
    process.send!({ type: "error", error: String(error) });
  }
});

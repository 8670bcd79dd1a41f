// A load process of the fan-out benchmark: N room members that note, on the machine's
// shared clock, when each `cursor:changed` arrives.
import type { Socket } from "socket.io-client";
import { connectMany } from "../support/clients.ts";
import { trueNow } from "../support/stats.ts";

let sockets: Socket[] = [];
const arrivals = new Map<number, number[]>();

type Message =
  | { type: "join"; url: string; count: number; mode: "montauk" | "bare"; code?: string; offset: number }
  | { type: "collect" }
  | { type: "close" };

process.on("message", async (m: Message) => {
  try {
    if (m.type === "join") {
      arrivals.clear();
      sockets = await connectMany(m.url, m.count, async (socket, i) => {
        const ack =
          m.mode === "montauk"
            ? await socket.timeout(30_000).emitWithAck("room:join", { code: m.code, name: `Member ${m.offset + i}` })
            : await socket.timeout(30_000).emitWithAck("join", {});
        if (!ack.ok) throw new Error(JSON.stringify(ack));
        socket.on("cursor:changed", (cursor: { revision: number }) => {
          const at = trueNow();
          let list = arrivals.get(cursor.revision);
          if (!list) arrivals.set(cursor.revision, (list = []));
          list.push(at);
        });
      });
      process.send!({ type: "joined" });
    } else if (m.type === "collect") {
      process.send!({ type: "arrivals", arrivals: [...arrivals.entries()] });
    } else if (m.type === "close") {
      sockets.forEach((s) => s.disconnect());
      process.send!({ type: "closed" });
    }
  } catch (error) {
    process.send!({ type: "error", error: String(error) });
  }
});

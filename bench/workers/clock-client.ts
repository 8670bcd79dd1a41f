// A load process of the clock benchmark: N phones estimate the server clock exactly as the
// app does (app/lib/clock-sync.ts: a burst of pings, least-delayed of the last 8), then
// report how far their estimate is from the true server clock (same machine, same clock).
import { io } from "socket.io-client";
import { ClockSync } from "../../app/lib/clock-sync.ts";
import type { AppClientSocket } from "../../app/lib/socket.ts";
import { trueNow } from "../support/stats.ts";

process.on("message", async (m: { type: string; url: string; clients: number; reads: number }) => {
  if (m.type !== "run") return;
  try {
    const phones = await Promise.all(
      Array.from({ length: m.clients }, async () => {
        const socket: AppClientSocket = io(m.url, { transports: ["websocket"], forceNew: true, reconnection: false });
        await new Promise<void>((resolve, reject) => {
          socket.once("connect", resolve);
          socket.once("connect_error", reject);
        });
        return { socket, clock: new ClockSync() };
      }),
    );
    // Every phone syncs at once, as a room does when the film starts.
    await Promise.all(phones.map((p) => p.clock.burst(p.socket)));
    const errors: number[] = [];
    for (let r = 0; r < m.reads; r++) {
      // A steady ping between reads, as every 30 s in the app (compressed here).
      await Promise.all(phones.map((p) => p.clock.ping(p.socket)));
      for (const p of phones) errors.push(p.clock.serverNow()! - trueNow());
      await new Promise((res) => setTimeout(res, 100));
    }
    phones.forEach((p) => p.socket.disconnect());
    process.send!({ type: "result", errors });
  } catch (error) {
    process.send!({ type: "error", error: String(error) });
  }
});

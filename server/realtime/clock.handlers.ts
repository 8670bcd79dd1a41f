import type { RoomService } from "../rooms/room-service.ts";
import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import type { AppSocket } from "./types.ts";

/** `clock:ping`: the server's receive and send times for an NTP-style estimate. */
export function registerClockHandlers(
  socket: AppSocket,
  ctx: HandleContext,
  rooms: RoomService,
  now: () => number,
): void {
  handle(socket, ctx, "clock:ping", "anyone", ({ t0, rttMs }, session) => {
    const t1 = now();
    if (session && rttMs !== undefined) rooms.reportRtt(session, socket.id, rttMs);
    return { t0, t1, t2: now() };
  });
}

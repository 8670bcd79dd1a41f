import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import type { AppSocket } from "./types.ts";

/** `clock:ping`: the server's receive and send times for an NTP-style estimate. */
export function registerClockHandlers(socket: AppSocket, ctx: HandleContext, now: () => number): void {
  handle(socket, ctx, "clock:ping", "anyone", ({ t0 }) => {
    const t1 = now();
    return { t0, t1, t2: now() };
  });
}

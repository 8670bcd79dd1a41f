import type { CursorService } from "../rooms/cursor-service.ts";
import type { RevealService } from "../rooms/reveal-service.ts";
import { announceCursor } from "./cluster.ts";
import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import { roomChannel, type AppServer, type AppSocket } from "./types.ts";

/** `cursor:play`, `cursor:pause`, `cursor:seek`: host only; `cursor:changed` to the room. */
export function registerCursorHandlers(
  socket: AppSocket,
  ctx: HandleContext,
  io: AppServer,
  cursors: CursorService,
  reveals: RevealService,
): void {
  for (const kind of ["play", "pause", "seek"] as const) {
    handle(socket, ctx, `cursor:${kind}`, "host", async (payload, session) => {
      const cursor = await cursors.command(session, { kind, ...payload } as Parameters<CursorService["command"]>[1]);
      // Broadcast after the ack is queued: the sender hears first, the room right after.
      setImmediate(() => {
        io.to(roomChannel(session.roomId)).emit("cursor:changed", cursor);
        // A seek may carry the cursor past cues; a play starts the timer for the next one.
        const room = { id: session.roomId, filmId: session.filmId, rewatch: session.rewatch };
        reveals.track(room, cursor).catch((error) => ctx.log("reveal failed", error));
        announceCursor(io, room, cursor);
      });
      return { cursor };
    });
  }
}

import type { CursorService } from "../rooms/cursor-service.ts";
import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import { roomChannel, type AppServer, type AppSocket } from "./types.ts";

/** `cursor:play`, `cursor:pause`, `cursor:seek`: host only; `cursor:changed` to the room. */
export function registerCursorHandlers(socket: AppSocket, ctx: HandleContext, io: AppServer, cursors: CursorService): void {
  for (const kind of ["play", "pause", "seek"] as const) {
    handle(socket, ctx, `cursor:${kind}`, "host", async (payload, session) => {
      const cursor = await cursors.command(session, { kind, ...payload } as Parameters<CursorService["command"]>[1]);
      // Broadcast after the ack is queued: the sender hears first, the room right after.
      setImmediate(() => io.to(roomChannel(session.roomId)).emit("cursor:changed", cursor));
      return { cursor };
    });
  }
}

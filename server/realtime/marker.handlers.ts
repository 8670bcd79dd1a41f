import type { MarkerService } from "../markers/marker-service.ts";
import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import { roomChannel, type AppServer, type AppSocket } from "./types.ts";

/** `marker:add` and `marker:delete` (any member; deleting another's is the host's). */
export function registerMarkerHandlers(socket: AppSocket, ctx: HandleContext, io: AppServer, markers: MarkerService): void {
  handle(socket, ctx, "marker:add", "member", async (payload, session) => {
    const marker = await markers.add(session, payload);
    setImmediate(() => io.to(roomChannel(session.roomId)).emit("marker:added", marker));
    return { marker };
  });
  handle(socket, ctx, "marker:delete", "member", async ({ markerId }, session) => {
    await markers.remove(session, markerId);
    setImmediate(() => io.to(roomChannel(session.roomId)).emit("marker:deleted", { markerId }));
    return { markerId };
  });
}

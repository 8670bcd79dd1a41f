// The page's Socket.IO client and a promise-returning emit over PROTOCOL.md's acks.
import { io, type Socket } from "socket.io-client";
import type { Ack, AckData, ClientEventName, ClientEvents, ClientPayload, ServerEvents } from "../../core/protocol.ts";

export type AppClientSocket = Socket<ServerEvents, ClientEvents>;

export function connectSocket(): AppClientSocket {
  return io({
    // WebSocket first: one round trip less on join; long polling stays as the fallback.
    transports: ["websocket", "polling"],
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
  });
}

/** Emits an event and resolves with its acknowledgement (or a timeout as an error ack). */
export function request<E extends ClientEventName>(
  socket: AppClientSocket,
  event: E,
  payload: ClientPayload<E>,
  timeoutMs = 8000,
): Promise<Ack<AckData[E]>> {
  // The typed emit cannot see through the mapped event type; the shapes are checked by
  // ClientPayload and AckData above.
  const timed = socket.timeout(timeoutMs) as unknown as {
    emit(event: string, payload: unknown, ack: (err: Error | null, res: Ack<AckData[E]>) => void): void;
  };
  return new Promise((resolve) => {
    timed.emit(event, payload, (err, res) => {
      resolve(err ? { ok: false, error: { code: "internal", message: "The server did not answer in time." } } : res);
    });
  });
}

import type { Server, Socket } from "socket.io";
import type { ClientEvents, ServerEvents } from "../../core/protocol.ts";
import type { Session } from "../rooms/room-service.ts";

export interface SocketData {
  /** The room this socket is in, once `room:join` succeeded. */
  session?: Session;
}

export type AppServer = Server<ClientEvents, ServerEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientEvents, ServerEvents, Record<string, never>, SocketData>;

/** The Socket.IO room that holds every socket of a Montauk room. */
export const roomChannel = (roomId: string): string => `room:${roomId}`;

/** The host's sockets of a room: what only the host may see (hidden poll results). */
export const hostChannel = (roomId: string): string => `room:${roomId}:host`;

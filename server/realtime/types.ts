import type { Server, Socket } from "socket.io";
import type { ClientEvents, Cursor, Member, ServerEvents } from "../../core/protocol.ts";
import type { RoomRef } from "../rooms/reveal-service.ts";
import type { Session } from "../rooms/room-service.ts";

export interface SocketData {
  /** The room this socket is in, once `room:join` succeeded. */
  session?: Session;
}

/** What processes joined by the Redis adapter tell each other (server/realtime/cluster.ts). */
export interface InterServerEvents {
  "host:changed": (roomId: string, host: Member, previous: Member) => void;
  "cursor:moved": (room: RoomRef, cursor: Cursor) => void;
}

export type AppServer = Server<ClientEvents, ServerEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientEvents, ServerEvents, InterServerEvents, SocketData>;

/** The Socket.IO room that holds every socket of a Montauk room. */
export const roomChannel = (roomId: string): string => `room:${roomId}`;

/** The host's sockets of a room: what only the host may see (hidden poll results). */
export const hostChannel = (roomId: string): string => `room:${roomId}:host`;

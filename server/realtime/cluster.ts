// Several processes on one PostgreSQL, joined through Redis (REDIS_URL). The Socket.IO Redis
// streams adapter carries every broadcast to every process, so a room's members may be
// served by any of them. What a process keeps in memory is told to the others here: who is
// online (asked of every process), a change of host (so the new host's phones act as the
// host wherever they are connected) and a cursor change (so every process with members of
// the room times its reveals by the cursor as it is, not as it was). A process that went
// away announced nobody offline: the others send their rooms' members again.
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { createClient } from "redis";
import type { Cursor, Member } from "../../core/protocol.ts";
import { presenceOf, type PresenceSource } from "../rooms/presence-view.ts";
import type { RoomRef } from "../rooms/reveal-service.ts";
import { hostChannel, roomChannel, type AppServer } from "./types.ts";

/** How long a process waits for the others to say which sockets they hold. */
const ASK_TIMEOUT_MS = 2000;

/** The servers whose adapter reaches other processes. */
const clustered = new WeakSet<AppServer>();

export interface Cluster {
  close(): Promise<void>;
}

export interface ClusterDeps {
  log: (message: string, error?: unknown) => void;
  /** Another process changed a room's cursor. */
  cursorMoved: (room: RoomRef, cursor: Cursor) => void;
  /** A process stopped or died (its connection to Redis closed): its sockets are gone. */
  processLost: () => void;
}

/** Connects to Redis and puts the adapter under `io`. Fails when Redis does not answer. */
export async function joinCluster(io: AppServer, url: string, { log, cursorMoved, processLost }: ClusterDeps): Promise<Cluster> {
  // At start, a Redis that does not answer stops the process with a clear error; once
  // connected, a lost connection is retried for as long as it takes.
  let connected = false;
  const client = createClient({
    url,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries, cause) =>
        connected ? Math.min(retries * 200, 2000) : new Error(`Redis at ${new URL(url).host} does not answer: ${cause.message}`),
    },
  });
  client.on("error", (error) => {
    if (connected) log("redis", error);
  });
  await client.connect();
  connected = true;
  // One stream per deployment; its length bounds what a briefly disconnected process can
  // catch up on. The adapter counts the processes by their subscriptions to its channel
  // (Redis's PUBSUB NUMSUB): one that stops or dies leaves the count at once, with its
  // connection. Our own prefix, so another Socket.IO app on the same Redis is not counted.
  io.adapter(
    createAdapter(client, { streamName: "montauk", channelPrefix: "montauk", maxLen: 10_000, blockTimeInMs: 1000 }),
  );
  io.on("host:changed", (roomId, host, previous) => applyHandoff(io, roomId, host, previous));
  io.on("cursor:moved", cursorMoved);
  clustered.add(io);
  // When the count falls, a process went away (checked every second).
  let known = 1;
  const watch = setInterval(() => {
    io.of("/")
      .adapter.serverCount()
      .then((count) => {
        if (count < known) processLost();
        known = count;
      })
      .catch((error) => log("counting the processes failed", error));
  }, 1000);
  watch.unref();
  return {
    async close() {
      clearInterval(watch);
      await client.close();
    },
  };
}

/**
 * Who is online in a room: the members of its sockets on every process. If one does not
 * answer in time, this process's own view is used: a join is never refused for it.
 */
export function clusterPresence(io: AppServer, local: PresenceSource, log: (message: string, error?: unknown) => void): PresenceSource {
  return async (roomId) => {
    try {
      const sockets = await io.in(roomChannel(roomId)).timeout(ASK_TIMEOUT_MS).fetchSockets();
      return presenceOf(sockets.map((s) => s.data.session?.member.id));
    } catch (error) {
      log("presence: another process did not answer; using this process's view", error);
      return local(roomId);
    }
  };
}

/** A cursor change made here, for the other processes. */
export function announceCursor(io: AppServer, room: RoomRef, cursor: Cursor): void {
  if (clustered.has(io)) io.serverSideEmit("cursor:moved", room, cursor);
}

/** A new host: their sockets and the previous host's, on every process, take the new roles. */
export function announceHandoff(io: AppServer, roomId: string, host: Member, previous: Member): void {
  applyHandoff(io, roomId, host, previous);
  if (clustered.has(io)) io.serverSideEmit("host:changed", roomId, host, previous);
}

/** The sockets of both members on this process act with their new roles at once. */
function applyHandoff(io: AppServer, roomId: string, host: Member, previous: Member): void {
  for (const socket of io.of("/").sockets.values()) {
    const session = socket.data.session;
    if (session?.roomId !== roomId) continue;
    if (session.member.id === host.id) {
      session.member = { ...session.member, role: "host" };
      void socket.join(hostChannel(roomId));
    } else if (session.member.id === previous.id) {
      session.member = { ...session.member, role: "guest" };
      void socket.leave(hostChannel(roomId));
    }
  }
}

// The server factory: one HTTP server carrying the JSON API, Socket.IO and (when given)
// Next's request handler. Only server/index.ts reads the environment and listens on the
// configured port; tests call createServer with their own database on port 0.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { LIMITS } from "../core/protocol.ts";
import type { Database } from "../db/client.ts";
import type { Config } from "./config.ts";
import { createApi } from "./http/api.ts";
import { setSecurityHeaders } from "./http/security-headers.ts";
import { createMetrics } from "./metrics.ts";
import { publicBaseUrl } from "./public-url.ts";
import { registerClockHandlers } from "./realtime/clock.handlers.ts";
import { clusterPresence, joinCluster, type Cluster } from "./realtime/cluster.ts";
import { answerUnknownEvents, type HandleContext } from "./realtime/handle.ts";
import { registerCursorHandlers } from "./realtime/cursor.handlers.ts";
import { registerMarkerHandlers } from "./realtime/marker.handlers.ts";
import { registerPollHandlers } from "./realtime/poll.handlers.ts";
import { MarkerService } from "./markers/marker-service.ts";
import { RecapService } from "./recap/recap-service.ts";
import { registerRoomHandlers } from "./realtime/room.handlers.ts";
import { hostChannel, roomChannel, type AppServer } from "./realtime/types.ts";
import { PollService } from "./polls/poll-service.ts";
import { CursorService } from "./rooms/cursor-service.ts";
import { LatencyBook } from "./rooms/latency.ts";
import { RevealService } from "./rooms/reveal-service.ts";
import { PackCatalog } from "./films/pack-catalog.ts";
import { PresenceBroadcaster } from "./rooms/presence-broadcaster.ts";
import { PresenceTracker } from "./rooms/presence.ts";
import { localPresence } from "./rooms/presence-view.ts";
import { RoomService } from "./rooms/room-service.ts";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface ServerDeps {
  config: Config;
  database: Database;
  /** Serves everything that is not the API: Next's handler in production. */
  pages?: RequestHandler;
  /** The server clock in ms since the epoch (fractions allowed). */
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

export interface MontaukServer {
  httpServer: HttpServer;
  io: AppServer;
  rooms: RoomService;
  reveals: RevealService;
  polls: PollService;
  listen(): Promise<{ port: number; url: string }>;
  /** Stops accepting, disconnects every socket and waits for the HTTP server to close. */
  close(): Promise<void>;
}

/**
 * The server's clock: the wall time at process start plus the monotonic clock since, with
 * sub-millisecond resolution. It never steps backwards when the wall clock is adjusted.
 */
const preciseNow = () => performance.timeOrigin + performance.now();

export function createServer(deps: ServerDeps): MontaukServer {
  const { config, database } = deps;
  const now = deps.now ?? preciseNow;
  const log = deps.log ?? ((message, error) => console.error(`[montauk] ${message}`, error ?? ""));
  let port = config.PORT;

  const httpServer = createHttpServer();
  const io: AppServer = new Server(httpServer, {
    // A message over the limit closes that connection; nothing of it is handled.
    maxHttpBufferSize: LIMITS.maxMessageBytes,
    serveClient: false,
    // Other upgrades (Next's hot reload in development) are not ours to refuse.
    destroyUpgrade: false,
    // Phones sleep and switch networks: let them come back with their state for a while.
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });

  const presence = new PresenceTracker();
  // With Redis, a room's members may be on any process: ask them all.
  const view = config.REDIS_URL ? clusterPresence(io, localPresence(presence), log) : localPresence(presence);
  let cluster: Cluster | undefined;
  const broadcaster = new PresenceBroadcaster(
    config.PRESENCE_INTERVAL_MS,
    view,
    (roomId, payload) => io.to(roomChannel(roomId)).emit("room:presence", payload),
  );
  const latency = new LatencyBook();
  const markers = new MarkerService(database.db, now);
  const packs = new PackCatalog(database.db);
  const polls = new PollService({
    db: database.db,
    packs,
    now,
    log,
    online: (roomId) => presence.online(roomId),
    emit: {
      // Guests and hosts may see a poll differently (hidden results): each gets their own.
      opened: (roomId, poll, hostPoll) => {
        io.to(roomChannel(roomId)).except(hostChannel(roomId)).emit("poll:opened", poll);
        io.to(hostChannel(roomId)).emit("poll:opened", hostPoll);
      },
      closed: (roomId, poll) => io.to(roomChannel(roomId)).emit("poll:closed", poll),
      tally: (roomId, tally, hostsOnly) => io.to(hostsOnly ? hostChannel(roomId) : roomChannel(roomId)).emit("poll:tally", tally),
    },
  });
  const reveals = new RevealService({
    db: database.db,
    packs,
    now,
    log,
    emit: (roomId, revealed) => io.to(roomChannel(roomId)).emit("film:revealed", revealed),
    crossed: (room, fromMs, toMs) => polls.crossed(room, fromMs, toMs),
  });
  const rooms = new RoomService({
    db: database.db,
    presence,
    view,
    broadcaster,
    latency,
    packs,
    reveals,
    polls,
    markers,
    now,
    publicBaseUrl: () => publicBaseUrl(config.PUBLIC_URL, port),
  });
  const cursors = new CursorService(database.db, latency, now);
  const metrics = createMetrics({
    sockets: () => io.engine.clientsCount,
    rooms: () => presence.activeRooms(),
    processes: () => io.of("/").adapter.serverCount(),
  });
  const ctx: HandleContext = { metrics, log };

  io.on("connection", (socket) => {
    registerClockHandlers(socket, ctx, rooms, now);
    registerRoomHandlers(socket, ctx, io, rooms);
    registerCursorHandlers(socket, ctx, io, cursors, reveals);
    registerPollHandlers(socket, ctx, polls);
    registerMarkerHandlers(socket, ctx, io, markers);
    answerUnknownEvents(socket, ctx);
  });

  const recaps = new RecapService({ db: database.db, packs, polls, markers });
  const serveApi = createApi({ database, rooms, recaps, metrics, log });
  const dev = config.NODE_ENV === "development";
  httpServer.on("request", (req, res) => {
    // Socket.IO answers its own path on this same server; everything else is ours or Next's.
    if (req.url?.startsWith("/socket.io/")) return;
    setSecurityHeaders(req, res, dev);
    serveApi(req, res)
      .then((served) => {
        if (served) return;
        if (deps.pages) return deps.pages(req, res);
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      })
      .catch((error) => {
        log(`request ${req.url} failed`, error);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });

  return {
    httpServer,
    io,
    rooms,
    reveals,
    polls,
    listen: async () => {
      if (config.REDIS_URL) {
        cluster = await joinCluster(io, config.REDIS_URL, {
          log,
          // Only a process with members of the room times its reveals.
          cursorMoved: (room, cursor) => {
            if (presence.online(room.id) > 0) reveals.track(room, cursor).catch((error) => log("reveal failed", error));
          },
          processLost: () => {
            for (const roomId of presence.roomIds()) rooms.recheckPresence(roomId).catch((error) => log("presence recheck failed", error));
          },
        });
      }
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.PORT, config.HOST, () => {
          port = (httpServer.address() as AddressInfo).port;
          const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
          resolve({ port, url: `http://${host}:${port}` });
        });
      });
    },
    close: async () => {
      broadcaster.stop();
      reveals.stop();
      polls.stop();
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      httpServer.closeAllConnections();
      await cluster?.close();
    },
  };
}

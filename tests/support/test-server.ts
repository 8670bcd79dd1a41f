// Starts the real server from the same factory as `npm start`, on 127.0.0.1 and port 0,
// and makes socket.io-clients for it. Everything started is stopped by `close()`.
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll } from "vitest";
import type { Ack, CreateRoomResponse } from "../../core/protocol.ts";
import { createServer, type MontaukServer } from "../../server/app.ts";
import { type Config, testConfig } from "../../server/config.ts";
import type { AppClientSocket } from "../../app/lib/socket.ts";
export { request as emit } from "../../app/lib/socket.ts";
import { openTestDatabase, type TestDatabase } from "./test-database.ts";

export interface TestServer {
  url: string;
  server: MontaukServer;
  client(): Promise<AppClientSocket>;
  createRoom(hostName?: string, options?: { filmId?: string; rewatch?: boolean }): Promise<CreateRoomResponse>;
  close(): Promise<void>;
}

export async function startTestServer(db: TestDatabase, overrides: Partial<Config> = {}): Promise<TestServer> {
  const server = createServer({
    config: testConfig({ PUBLIC_URL: "http://montauk.test", PRESENCE_INTERVAL_MS: 50, ...overrides }),
    database: db.database,
    log: () => {},
  });
  const { url } = await server.listen();
  const sockets: AppClientSocket[] = [];
  return {
    url,
    server,
    async client() {
      const socket: AppClientSocket = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", resolve);
        socket.once("connect_error", reject);
      });
      return socket;
    },
    async createRoom(hostName = "Clementine", options = {}) {
      const res = await fetch(`${url}/api/rooms`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ hostName, ...options }),
      });
      if (res.status !== 201) throw new Error(`POST /api/rooms answered ${res.status}`);
      return (await res.json()) as CreateRoomResponse;
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await server.close();
    },
  };
}

/** Emits raw arguments, for payloads that the protocol's types would not allow. */
export function emitRaw(socket: AppClientSocket, event: string, ...args: unknown[]): Promise<Ack<unknown>> {
  const timed = socket.timeout(5000) as unknown as { emitWithAck(e: string, ...a: unknown[]): Promise<Ack<unknown>> };
  return timed.emitWithAck(event, ...args);
}

/** Resolves when `predicate` holds, polling; fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * A database and a server for the test file, started before its tests and stopped after:
 * `env.db` and `env.t` are there once the file's tests run.
 */
export function useTestServer(overrides: Partial<Config> = {}): { db: TestDatabase; t: TestServer } {
  const env = {} as { db: TestDatabase; t: TestServer };
  beforeAll(async () => {
    env.db = await openTestDatabase();
    env.t = await startTestServer(env.db, overrides);
  });
  afterAll(async () => {
    await env.t?.close();
    await env.db?.close();
  });
  return env;
}

/** The data of a successful acknowledgement; a refused one fails the test with its message. */
export function ok<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

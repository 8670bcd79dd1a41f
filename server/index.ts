// The process entry point: reads the configuration, opens the one database client, applies
// migrations, loads the film packs, prepares Next and listens. `npm start` runs this.
import next from "next";
import { openDatabase, type DatabaseTarget } from "../db/client.ts";
import { runMigrations } from "../db/migrate.ts";
import { createServer } from "./app.ts";
import { loadConfig } from "./config.ts";
import { loadFilmPacks } from "./films/film-loader.ts";
import { FILMS_DIR, MIGRATIONS_DIR, ROOT } from "./paths.ts";
import { lanAddress, publicBaseUrl } from "./public-url.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const target: DatabaseTarget = config.DATABASE_URL
    ? { kind: "postgres", url: config.DATABASE_URL }
    : { kind: "pglite", dataDir: config.DATA_DIR };

  const database = await openDatabase(target);
  await runMigrations(database, target, MIGRATIONS_DIR);
  const films = await loadFilmPacks(database.db, FILMS_DIR);

  const dev = config.NODE_ENV === "development";
  const pages = next({ dev, dir: ROOT, hostname: config.HOST, port: config.PORT });
  await pages.prepare();
  const handle = pages.getRequestHandler();

  const server = createServer({ config, database, pages: (req, res) => handle(req, res) });
  if (dev) {
    const upgrade = pages.getUpgradeHandler();
    server.httpServer.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket.io/")) void upgrade(req, socket, head);
    });
  }
  const { port, url } = await server.listen();
  // Server-rendered pages (the recap) read the JSON API of this very process over loopback.
  const wildcard = config.HOST === "0.0.0.0" || config.HOST === "::";
  process.env.MONTAUK_INTERNAL_URL = wildcard ? `http://127.0.0.1:${port}` : url;

  const where = target.kind === "pglite" ? `embedded PGlite in ${target.dataDir}` : config.REDIS_URL ? "PostgreSQL, processes joined through Redis" : "PostgreSQL";
  console.log(`[montauk] listening on ${url} (${where}; ${films.length} film pack(s))`);
  console.log(`[montauk] on this machine: http://localhost:${port}`);
  if (lanAddress() || config.PUBLIC_URL) console.log(`[montauk] phones join at ${publicBaseUrl(config.PUBLIC_URL, port)}`);

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[montauk] stopping (${reason})`);
    // A stuck connection must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  if (config.STOP_ON_STDIN_END) {
    process.stdin.on("end", () => void stop("standard input closed"));
    process.stdin.on("close", () => void stop("standard input closed"));
    process.stdin.resume();
  }
}

main().catch((error) => {
  console.error("[montauk] could not start:", error instanceof Error ? error.message : error);
  if (process.env.NODE_ENV === "development") console.error(error);
  process.exit(1);
});

// The server as a child process, from the same factory as `npm start` but without Next (the
// tests that need a process of their own exercise the API and the socket, not pages).
// Reads DATABASE_URL or DATA_DIR like the real server; prints "listening on URL".
import { openDatabase, type DatabaseTarget } from "../../db/client.ts";
import { runMigrations } from "../../db/migrate.ts";
import { createServer } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { loadFilmPacks } from "../../server/films/film-loader.ts";
import { FILMS_DIR, MIGRATIONS_DIR } from "../../server/paths.ts";
import { TEST_FILMS_DIR } from "./test-database.ts";

const config = loadConfig({ ...process.env, HOST: "127.0.0.1" });
const target: DatabaseTarget = config.DATABASE_URL
  ? { kind: "postgres", url: config.DATABASE_URL }
  : { kind: "pglite", dataDir: config.DATA_DIR };
const database = await openDatabase(target);
await runMigrations(database, target, MIGRATIONS_DIR);
await loadFilmPacks(database.db, FILMS_DIR);
await loadFilmPacks(database.db, TEST_FILMS_DIR);
const server = createServer({ config, database, log: () => {} });
const { url } = await server.listen();
console.log(`listening on ${url}`);
// Stops with the test that started it, whatever happens to that test.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();

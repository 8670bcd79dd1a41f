// A fresh database for one test file: PGlite in memory by default, or, when
// MONTAUK_TEST_POSTGRES_URL is set (as .ci/run does), a new database on that PostgreSQL
// server, dropped afterwards. Migrations and the film packs are loaded as at start.
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { type Database, type DatabaseTarget, openDatabase } from "../../db/client.ts";
import { runMigrations } from "../../db/migrate.ts";
import { loadFilmPacks } from "../../server/films/film-loader.ts";
import { FILMS_DIR, MIGRATIONS_DIR } from "../../server/paths.ts";

/** Small packs with round numbers, so tests can name exact moments. */
export const TEST_FILMS_DIR = fileURLToPath(new URL("../fixtures/films", import.meta.url));

export interface TestDatabase {
  database: Database;
  target: DatabaseTarget;
  close(): Promise<void>;
}

export const testPostgresUrl = (): string | undefined => process.env.MONTAUK_TEST_POSTGRES_URL || undefined;

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testPostgresUrl();
  if (!serverUrl) {
    const target: DatabaseTarget = { kind: "pglite", dataDir: "memory://" };
    return prepare(target, async () => {});
  }
  const name = `montauk_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: "postgres", url: url.toString(), maxConnections: 5 };
  return prepare(target, async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  });
}

async function prepare(target: DatabaseTarget, dispose: () => Promise<void>): Promise<TestDatabase> {
  const database = await openDatabase(target);
  await runMigrations(database, target, MIGRATIONS_DIR);
  await loadFilmPacks(database.db, FILMS_DIR);
  await loadFilmPacks(database.db, TEST_FILMS_DIR);
  return {
    database,
    target,
    close: async () => {
      await database.close();
      await dispose();
    },
  };
}

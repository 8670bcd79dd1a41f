// Applies the committed drizzle-kit migrations. On PostgreSQL several processes may start
// at once and race on CREATE TABLE, so the migration runs on a dedicated one-connection
// client holding an advisory lock; PGlite is one connection in one process and needs none.
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import postgres from "postgres";
import type { Database, DatabaseTarget } from "./client.ts";

/** An arbitrary constant shared by every Montauk process: the key of the migration lock. */
const MIGRATION_LOCK_KEY = 0x4d6f6e74; // "Mont"

/** `migrationsFolder` is db/migrations of the project (see server/paths.ts). */
export async function runMigrations(
  database: Database,
  target: DatabaseTarget,
  migrationsFolder: string,
): Promise<void> {
  if (target.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const lockClient = postgres(target.url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgres(drizzlePostgres({ client: lockClient }), { migrationsFolder });
    } finally {
      await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await lockClient.end({ timeout: 5 });
  }
}

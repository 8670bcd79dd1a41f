// The one database client of a process, chosen by configuration: embedded PGlite in a data
// folder when no URL is given, postgres.js against a real server otherwise. Nothing is
// opened at import time; server/index.ts calls openDatabase once.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema.ts";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string } // a folder, or "memory://" for tests
  | { kind: "postgres"; url: string; maxConnections?: number };

export interface Database {
  readonly kind: DatabaseTarget["kind"];
  readonly db: Db;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// Two PGlite instances on one folder corrupt it; refuse the second instead.
const openPgliteDirs = new Set<string>();

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const client = postgres(target.url, {
      max: target.maxConnections ?? 10,
      onnotice: () => {},
      // No array types are used (lists are jsonb); skipping the lookup saves a round trip
      // per new connection and a rejection nobody can catch if the connection drops then.
      fetch_types: false,
    });
    const db = drizzlePostgres({ client, schema }) as unknown as Db;
    return {
      kind: "postgres",
      db,
      ping: () => pingDb(db),
      close: () => client.end({ timeout: 5 }),
    };
  }

  const inMemory = target.dataDir.startsWith("memory://");
  const dir = inMemory ? target.dataDir : resolve(target.dataDir);
  if (!inMemory) {
    if (openPgliteDirs.has(dir)) throw new Error(`the PGlite data folder ${dir} is already open in this process`);
    mkdirSync(dir, { recursive: true });
    openPgliteDirs.add(dir);
  }
  try {
    const client = await PGlite.create(inMemory ? undefined : dir);
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      kind: "pglite",
      db,
      ping: () => pingDb(db),
      close: async () => {
        await client.close();
        openPgliteDirs.delete(dir);
      },
    };
  } catch (error) {
    openPgliteDirs.delete(dir);
    throw error;
  }
}

async function pingDb(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

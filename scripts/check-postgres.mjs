// Exits 0 when the PostgreSQL server at the given URL answers a query within 5 s.
import postgres from "postgres";

const sql = postgres(process.argv[2], { max: 1, connect_timeout: 5, onnotice: () => {} });
try {
  await sql`select 1`;
  await sql.end();
} catch (error) {
  console.error(`[test] PostgreSQL: ${error.message}`);
  process.exit(1);
}

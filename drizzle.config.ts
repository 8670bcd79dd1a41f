import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema.ts with `npm run db:generate`, committed, and
// applied by the server at start (db/migrate.ts); drizzle-kit never touches a database here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});

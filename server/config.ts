// Configuration is parsed once, here, from the environment. Every option has a default
// that makes `npm start` work with nothing set: embedded PGlite in ./.data, port 3000,
// reachable from phones on the same network.
import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const configSchema = z.object({
  /** TCP port of the one HTTP server (pages, API and Socket.IO). 0 picks a free port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to bind. 0.0.0.0 so that phones on the LAN can reach the server. */
  HOST: z.string().min(1).default("0.0.0.0"),
  /** PostgreSQL URL (postgres://…). Without it the embedded PGlite database is used. */
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
      .optional(),
  ),
  /** Redis URL (redis://…). With it, processes sharing one PostgreSQL join through the
   *  Socket.IO Redis streams adapter: any process can serve any member of any room. */
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://")
      .optional(),
  ),
  /** Folder of the embedded database (only without DATABASE_URL). */
  DATA_DIR: z.string().min(1).default("./.data"),
  /** Base address put in join links and QR codes, e.g. https://party.example.org. When
   *  unset, the machine's LAN address and the listening port are used (never localhost). */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** development runs Next in dev mode with hot reload; production serves the build. */
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /** How often, at most, `room:presence` goes to a room (ms). */
  PRESENCE_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Exit when standard input closes: lets a test harness stop the server by ending. */
  STOP_ON_STDIN_END: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
}).refine((c) => !c.REDIS_URL || c.DATABASE_URL, {
  path: ["REDIS_URL"],
  message: "REDIS_URL joins processes that share one PostgreSQL: set DATABASE_URL too (the embedded database is one process's)",
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; a bad value stops the process with every problem named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

/** The configuration a test or tool gets when it sets only what it cares about. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...configSchema.parse({}), PORT: 0, HOST: "127.0.0.1", NODE_ENV: "test", ...overrides };
}

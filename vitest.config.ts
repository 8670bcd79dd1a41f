import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          // Run after the unit project, so `vitest run` with both projects works too.
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Each file opens its own database (PGlite in memory, or a fresh PostgreSQL
          // database); two workers keep memory and the 2 cores in check.
          pool: "forks",
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Server processes on PostgreSQL joined through Redis: run by scripts/test.sh only
          // when both are named (MONTAUK_TEST_POSTGRES_URL, MONTAUK_TEST_REDIS_URL).
          name: "cluster",
          sequence: { groupOrder: 2 },
          include: ["tests/cluster/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          maxWorkers: 1,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

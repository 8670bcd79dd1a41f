import { describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";

describe("configuration", () => {
  it("needs nothing set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", DATA_DIR: "./.data", NODE_ENV: "production" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PUBLIC_URL).toBeUndefined();
  });

  it("reads the environment's strings", () => {
    const config = loadConfig({ PORT: "8080", DATABASE_URL: "postgres://u@h/db", PUBLIC_URL: "https://party.example.org", DATA_DIR: "/tmp/x" });
    expect(config).toMatchObject({ PORT: 8080, DATABASE_URL: "postgres://u@h/db", PUBLIC_URL: "https://party.example.org", DATA_DIR: "/tmp/x" });
  });

  it("treats empty strings as unset and names every bad value", () => {
    expect(loadConfig({ DATABASE_URL: "", PUBLIC_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(() => loadConfig({ PORT: "http", DATABASE_URL: "mysql://x" })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });

  it("takes REDIS_URL only with a PostgreSQL to share", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db", REDIS_URL: "redis://127.0.0.1:6379" }).REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(loadConfig({ REDIS_URL: "" }).REDIS_URL).toBeUndefined();
    expect(() => loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" })).toThrow(/REDIS_URL: .*DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: "postgres://u@h/db", REDIS_URL: "127.0.0.1:6379" })).toThrow(/REDIS_URL must start/);
  });
});

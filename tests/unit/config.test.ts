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
});

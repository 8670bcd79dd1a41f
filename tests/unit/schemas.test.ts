import { describe, expect, it } from "vitest";
import { clientPayloadSchemas, createRoomRequestSchema, memberNameSchema, snapshotSchema } from "../../core/schemas.ts";
import { INITIAL_CURSOR } from "../../core/cursor.ts";

describe("protocol schemas", () => {
  it("trim names and keep them within 1–40 printable characters", () => {
    expect(memberNameSchema.parse("  Joel  ")).toBe("Joel");
    expect(memberNameSchema.parse("Clémentine 🍊")).toBe("Clémentine 🍊");
    expect(memberNameSchema.safeParse("").success).toBe(false);
    expect(memberNameSchema.safeParse(" ".repeat(5)).success).toBe(false);
    expect(memberNameSchema.safeParse("x".repeat(41)).success).toBe(false);
    expect(memberNameSchema.safeParse("a\u0000b").success).toBe(false);
    expect(memberNameSchema.safeParse("a\u202eb").success).toBe(false);
  });

  it("parse room:join with a lower-case code into the canonical code", () => {
    const parsed = clientPayloadSchemas["room:join"].parse({ code: "k7qx2m", name: "Joel", protocol: 1 });
    expect(parsed).toEqual({ code: "K7QX2M", name: "Joel", protocol: 1 });
  });

  it("refuse positions that are not finite non-negative numbers", () => {
    const seek = clientPayloadSchemas["cursor:seek"];
    expect(seek.safeParse({ positionMs: 0 }).success).toBe(true);
    for (const positionMs of [-1, Number.NaN, Number.POSITIVE_INFINITY, "10", null]) {
      expect(seek.safeParse({ positionMs }).success).toBe(false);
    }
  });

  it("hold poll limits", () => {
    const create = clientPayloadSchemas["poll:create"];
    expect(create.safeParse({ question: "Erase?", options: ["Yes", "No"] }).success).toBe(true);
    expect(create.safeParse({ question: "Erase?", options: ["Yes"] }).success).toBe(false);
    expect(create.safeParse({ question: "Erase?", options: Array(9).fill("x") }).success).toBe(false);
    expect(create.safeParse({ question: "x".repeat(201), options: ["a", "b"] }).success).toBe(false);
    expect(create.safeParse({ question: "q", options: ["a", "b"], durationMs: 4_999 }).success).toBe(false);
    expect(clientPayloadSchemas["marker:add"].safeParse({ note: "x".repeat(141) }).success).toBe(false);
  });

  it("strip unknown keys instead of refusing a newer client", () => {
    expect(clientPayloadSchemas["clock:ping"].parse({ t0: 5, future: true })).toEqual({ t0: 5 });
  });

  it("refuse a room request without a host name", () => {
    expect(createRoomRequestSchema.safeParse({}).success).toBe(false);
    expect(createRoomRequestSchema.safeParse({ hostName: "Joel", rewatch: true }).success).toBe(true);
  });

  it("describe a whole snapshot", () => {
    const snapshot = {
      room: { code: "K7QX2M", film: { id: "f", title: "F", year: 2004, runtimeMs: 1 }, createdAt: "2026-01-01T00:00:00Z", rewatch: false },
      serverTime: 1.5,
      cursor: INITIAL_CURSOR,
      online: 0,
      members: [],
      scenes: [],
      cards: [],
      memories: [],
      polls: [],
      markers: [],
    };
    expect(snapshotSchema.parse(snapshot)).toEqual(snapshot);
  });
});

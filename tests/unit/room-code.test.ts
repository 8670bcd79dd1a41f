import { describe, expect, it } from "vitest";
import { makeRoomCode, normalizeRoomCode } from "../../core/room-code.ts";
import { ROOM_CODE_ALPHABET } from "../../core/schemas.ts";

describe("room codes", () => {
  it("are 6 characters without look-alikes", () => {
    for (const c of "0O1IL") expect(ROOM_CODE_ALPHABET).not.toContain(c);
    for (let i = 0; i < 500; i++) expect(makeRoomCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  });

  it("use every letter of the alphabet about equally", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) for (const c of makeRoomCode()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(ROOM_CODE_ALPHABET.length);
    const expected = (5000 * 6) / ROOM_CODE_ALPHABET.length;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });

  it("throw away bytes that would bias the draw", () => {
    // 248 and above are past the last whole multiple of 31; only the later bytes count.
    const bytes = [255, 250, 248, 0, 1, 2, 3, 4, 5, 6, 7, 8];
    const code = makeRoomCode((n) => Uint8Array.from(bytes.slice(0, n)));
    expect(code).toBe(ROOM_CODE_ALPHABET.slice(0, 6));
  });

  it("are case-insensitive and refuse anything else", () => {
    expect(normalizeRoomCode(" k7qx2m ")).toBe("K7QX2M");
    expect(normalizeRoomCode("K7QX2")).toBeNull();
    expect(normalizeRoomCode("K7QX2MM")).toBeNull();
    expect(normalizeRoomCode("O0I1LA")).toBeNull();
  });
});

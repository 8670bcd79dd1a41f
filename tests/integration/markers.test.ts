// Markers and the recap over the real server.
import { describe, expect, it } from "vitest";
import type { Marker } from "../../core/protocol.ts";
import { emit, emitRaw, eventually, ok, useTestServer } from "../support/test-server.ts";

const env = useTestServer();

async function party() {
  const room = await env.t.createRoom("Host", { filmId: "test-film" });
  const host = await env.t.client();
  ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));
  const guest = await env.t.client();
  const guestJoin = ok(await emit(guest, "room:join", { code: room.code, name: "Joel" }));
  const other = await env.t.client();
  ok(await emit(other, "room:join", { code: room.code, name: "Clem <b>" }));
  return { room, host, guest, guestJoin, other };
}

describe("markers", () => {
  it("marks the cursor's moment, reaches the room, and is deleted by its author or the host only", async () => {
    const { room, host, guest, other } = await party();
    ok(await emit(host, "cursor:seek", { positionMs: 12_345 }));
    const seen: Marker[] = [];
    host.on("marker:added", (m) => seen.push(m));
    const deleted: string[] = [];
    host.on("marker:deleted", ({ markerId }) => deleted.push(markerId));

    const { marker } = ok(await emit(guest, "marker:add", { note: "  the ice  ", emoji: "❄️" }));
    expect(marker).toMatchObject({ name: "Joel", positionMs: 12_345, note: "the ice", emoji: "❄️" });
    await eventually(() => seen.length === 1);
    expect(seen[0]).toEqual(marker);

    const { marker: second } = ok(await emit(other, "marker:add", { positionMs: 30_000 }));
    expect(second).toMatchObject({ name: "Clem <b>", note: "", positionMs: 30_000 });
    expect(second.emoji).toBeUndefined();

    // A guest cannot delete another's marker; the author and the host can.
    expect(await emit(guest, "marker:delete", { markerId: second.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    ok(await emit(guest, "marker:delete", { markerId: marker.id }));
    ok(await emit(host, "marker:delete", { markerId: second.id }));
    await eventually(() => deleted.length === 2);
    expect(await emit(host, "marker:delete", { markerId: second.id })).toMatchObject({ ok: false, error: { code: "not_found" } });

    const third = ok(await emit(guest, "marker:add", { note: "kept" })).marker;
    const snapshot = ok(await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken })).snapshot;
    expect(snapshot.markers).toEqual([third]);
  });

  it("refuses long notes, positions outside the runtime and unknown reactions, and changes nothing", async () => {
    const { room, guest } = await party();
    const bad = async (payload: unknown) =>
      expect(await emitRaw(guest, "marker:add", payload)).toMatchObject({ ok: false, error: { code: "invalid_payload" } });
    await bad({ note: "x".repeat(141) });
    await bad({ positionMs: 60_001 });
    await bad({ positionMs: -1 });
    await bad({ emoji: "💩" });
    await bad({ note: "bell\u0007" });
    expect(await emitRaw(guest, "marker:delete", { markerId: "nope" })).toMatchObject({ ok: false, error: { code: "invalid_payload" } });
    expect(await emit(await env.t.client(), "marker:add", {})).toMatchObject({ ok: false, error: { code: "not_joined" } });
    const snapshot = ok(await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken })).snapshot;
    expect(snapshot.markers).toEqual([]);
  });
});

describe("the recap", () => {
  it("holds the polls, the revealed memories, the markers and who came, as JSON and CSV", async () => {
    const { room, host, guest } = await party();
    const { poll } = ok(await emit(host, "poll:create", { question: "Erase?", options: ["Yes", "=SUM(A1)"] }));
    ok(await emit(guest, "poll:vote", { pollId: poll.id, optionIds: ["o1"] }));
    ok(await emit(host, "poll:close", { pollId: poll.id }));
    ok(await emit(host, "cursor:seek", { positionMs: 20_500 }));
    ok(await emit(guest, "marker:add", { note: 'she said "hi", then left', emoji: "😢" }));

    const recap = await fetch(`${env.t.url}/api/rooms/${room.code.toLowerCase()}/recap`).then((r) => r.json());
    expect(recap).toMatchObject({ code: room.code, reachedMs: 20_500, film: { id: "test-film", memoryCount: 2 } });
    expect(recap.polls).toHaveLength(1);
    expect(recap.polls[0]).toMatchObject({ question: "Erase?", status: "closed", counts: { o1: 1, o2: 0 } });
    // Only what the room has reached: m1 (erased at 19 s), not m2 (shown at 21 s).
    expect(recap.memories).toEqual([{ id: "m1", order: 2, title: "The flat", filmMs: 11_000, erasedAtMs: 19_000 }]);
    expect(recap.markers).toHaveLength(1);
    expect(recap.members.map((m: { name: string }) => m.name).sort()).toEqual(["Clem <b>", "Host", "Joel"]);

    const csv = await fetch(`${env.t.url}/api/rooms/${room.code}/recap.csv`);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.headers.get("content-disposition")).toContain(`montauk-${room.code}-recap.csv`);
    const text = await csv.text();
    expect(text).toContain('"marker","20500","Joel","😢","she said ""hi"", then left",""');
    expect(text).toContain(`"'=SUM(A1)"`); // not a formula when opened in a spreadsheet
    const json = await fetch(`${env.t.url}/api/rooms/${room.code}/recap.json`);
    expect(json.headers.get("content-disposition")).toContain("attachment");
    expect((await json.json()).code).toBe(room.code);

    expect((await fetch(`${env.t.url}/api/rooms/ZZZZZZ/recap`)).status).toBe(404);
  });
});

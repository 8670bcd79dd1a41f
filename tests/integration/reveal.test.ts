// The reveal engine over the real server, on the small test pack (tests/fixtures/films):
// scenes at 0/10/20/40 s, cards at 2/12/25/50 s, memories shown at 11/21 s and erased at
// 19/45 s, runtime 60 s.
import { describe, expect, it } from "vitest";
import type { Revealed } from "../../core/protocol.ts";
import { emit, eventually, ok, startTestServer, useTestServer } from "../support/test-server.ts";

const env = useTestServer();

async function party(options: { rewatch?: boolean } = {}, server = env.t) {
  const room = await server.createRoom("Host", { filmId: "test-film", ...options });
  const host = await server.client();
  const hostJoin = ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));
  const guest = await server.client();
  const received: Revealed[] = [];
  guest.on("film:revealed", (r) => received.push(r));
  const guestJoin = ok(await emit(guest, "room:join", { code: room.code, name: "Guest" }));
  return { room, host, hostJoin, guest, guestJoin, received };
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe("revealing the film", () => {
  it("gives the host the outline and a guest only what the room has reached", async () => {
    const { hostJoin, guestJoin } = await party();
    expect(ids(hostJoin.snapshot.scenes)).toEqual(["s1", "s2", "s3", "s4"]);
    // At 0 the first scene has begun; nothing else.
    expect(ids(guestJoin.snapshot.scenes)).toEqual(["s1"]);
    expect(guestJoin.snapshot.cards).toEqual([]);
    expect(guestJoin.snapshot.memories).toEqual([]);
    expect(hostJoin.snapshot.scenes[1]).toMatchObject({ title: "Two", storyOrder: 1, place: "The flat", characters: ["Ann", "Bob"] });
  });

  it("reveals what a seek carries past, sends only the new items, and keeps them after a seek back", async () => {
    const { room, host, received } = await party();
    ok(await emit(host, "cursor:seek", { positionMs: 15_000 }));
    await eventually(() => received.length === 1);
    expect(ids(received[0]!.scenes)).toEqual(["s2"]);
    expect(ids(received[0]!.cards)).toEqual(["c1", "c2"]);
    expect(received[0]!.memories).toEqual([{ id: "m1", order: 2, title: "The flat", filmMs: 11_000 }]); // not erased yet

    ok(await emit(host, "cursor:seek", { positionMs: 20_500 }));
    await eventually(() => received.length === 2);
    expect(ids(received[1]!.scenes)).toEqual(["s3"]);
    expect(received[1]!.cards).toEqual([]);
    expect(received[1]!.memories).toEqual([{ id: "m1", order: 2, title: "The flat", filmMs: 11_000, erasedAtMs: 19_000 }]);

    ok(await emit(host, "cursor:seek", { positionMs: 1000 }));
    ok(await emit(host, "cursor:seek", { positionMs: 18_000 }));
    await new Promise((r) => setTimeout(r, 200));
    expect(received).toHaveLength(2); // nothing new behind the furthest point

    const late = ok(await emit(await env.t.client(), "room:join", { code: room.code, name: "Late" }));
    expect(ids(late.snapshot.scenes)).toEqual(["s1", "s2", "s3"]);
    expect(ids(late.snapshot.cards)).toEqual(["c1", "c2"]);
    expect(late.snapshot.memories).toEqual([{ id: "m1", order: 2, title: "The flat", filmMs: 11_000, erasedAtMs: 19_000 }]);
  });

  it("reveals a card when the playing cursor reaches it, not before", async () => {
    const { host, received } = await party();
    ok(await emit(host, "cursor:seek", { positionMs: 11_500 }));
    await eventually(() => received.length === 1);
    const { cursor } = ok(await emit(host, "cursor:play", {}));
    const due = cursor.anchorServerTime + (12_000 - cursor.positionMs);
    let arrivedAt = 0;
    await eventually(() => {
      if (received.length === 2 && !arrivedAt) arrivedAt = performance.timeOrigin + performance.now();
      return received.length === 2;
    }, 5000);
    expect(ids(received[1]!.cards)).toEqual(["c2"]);
    expect(arrivedAt).toBeGreaterThanOrEqual(due); // never ahead of the film
    ok(await emit(host, "cursor:pause", {}));
  });

  it("shows everything at once in rewatch mode", async () => {
    const { guestJoin } = await party({ rewatch: true });
    expect(guestJoin.snapshot.room.rewatch).toBe(true);
    expect(ids(guestJoin.snapshot.scenes)).toEqual(["s1", "s2", "s3", "s4"]);
    expect(ids(guestJoin.snapshot.cards)).toEqual(["c1", "c2", "c3", "c4"]);
    expect(guestJoin.snapshot.memories.every((m) => m.erasedAtMs !== undefined)).toBe(true);
  });

  it("two server instances on one database reveal each item exactly once", async () => {
    const other = await startTestServer(env.db);
    try {
      const { room, host, received } = await party();
      const guestB = await other.client();
      const receivedB: Revealed[] = [];
      guestB.on("film:revealed", (r) => receivedB.push(r));
      ok(await emit(guestB, "room:join", { code: room.code, name: "Guest B" }));
      // Both processes learn of the same cursor at the same moment and race to reveal.
      const { cursor } = ok(await emit(host, "cursor:pause", { positionMs: 30_000 }));
      const ref = { id: await roomId(room.code), filmId: "test-film", rewatch: false };
      await Promise.all([env.t.server.reveals.track(ref, cursor), other.server.reveals.track(ref, cursor)]);
      await new Promise((r) => setTimeout(r, 300));
      const all = [...received, ...receivedB];
      const cardIds = all.flatMap((r) => r.cards.map((c) => c.id)).sort();
      expect(cardIds).toEqual(["c1", "c2", "c3"]);
      const sceneIds = all.flatMap((r) => r.scenes.map((s) => s.id)).sort();
      expect(sceneIds).toEqual(["s2", "s3"]);
      const rows = await env.db.database.db.query.reveals.findMany({ where: (r, { eq }) => eq(r.roomId, ref.id) });
      expect(rows.filter((r) => r.kind === "card")).toHaveLength(3);
    } finally {
      await other.close();
    }
  });
});

async function roomId(code: string): Promise<string> {
  const row = await env.db.database.db.query.rooms.findFirst({ where: (r, { eq }) => eq(r.code, code) });
  return row!.id;
}

// The shared scene cursor over the real server: host commands, broadcasts, concurrency
// across two server instances on one database, restarts, and the host hand-off.
import { describe, expect, it } from "vitest";
import { positionAt } from "../../core/cursor.ts";
import type { Cursor } from "../../core/protocol.ts";
import { emit, eventually, ok, startTestServer, useTestServer } from "../support/test-server.ts";

const RUNTIME = 6_480_000;
const env = useTestServer();

async function party(server = env.t) {
  const room = await server.createRoom("Clementine");
  const host = await server.client();
  const joined = await emit(host, "room:join", { code: room.code, memberToken: room.memberToken });
  if (!joined.ok) throw new Error(joined.error.message);
  return { room, host };
}

describe("the scene cursor", () => {
  it("moves on the host's play, pause and seek and reaches the whole room", async () => {
    const { room, host } = await party();
    const guest = await env.t.client();
    ok(await emit(guest, "room:join", { code: room.code, name: "Joel" }));
    const seen: Cursor[] = [];
    guest.on("cursor:changed", (c) => seen.push(c));

    const before = Date.now();
    const { cursor: played } = ok(await emit(host, "cursor:play", {}));
    expect(played).toMatchObject({ playing: true, positionMs: 0, revision: 1 });
    // Scheduled a little ahead so every phone turns at once, never more than a second.
    expect(played.anchorServerTime).toBeGreaterThan(before);
    expect(played.anchorServerTime - Date.now()).toBeLessThanOrEqual(1000);

    const { cursor: sought } = ok(await emit(host, "cursor:seek", { positionMs: 600_000 }));
    expect(sought).toMatchObject({ playing: true, positionMs: 600_000, revision: 2 });
    const { cursor: paused } = ok(await emit(host, "cursor:pause", { positionMs: 601_000 }));
    expect(paused).toMatchObject({ playing: false, positionMs: 601_000, revision: 3 });

    await eventually(() => seen.length === 3);
    expect(seen.map((c) => c.revision)).toEqual([1, 2, 3]);
    expect(seen[2]).toEqual(paused);

    // A late joiner gets the cursor in its snapshot.
    const late = ok(await emit(await env.t.client(), "room:join", { code: room.code, name: "Mary" }));
    expect(late.snapshot.cursor).toEqual(paused);
  });

  it("refuses guests and bad positions, and changes nothing", async () => {
    const { room, host } = await party();
    const guest = await env.t.client();
    ok(await emit(guest, "room:join", { code: room.code, name: "Patrick" }));
    for (const event of ["cursor:play", "cursor:pause", "cursor:seek"] as const) {
      expect(await emit(guest, event, { positionMs: 1000 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await emit(host, "cursor:seek", { positionMs: RUNTIME + 1 })).toMatchObject({
      ok: false,
      error: { code: "invalid_payload" },
    });
    expect(await emit(host, "cursor:seek", { positionMs: -5 })).toMatchObject({ ok: false, error: { code: "invalid_payload" } });
    expect(await emit(await env.t.client(), "cursor:play", {})).toMatchObject({ ok: false, error: { code: "not_joined" } });
    const snapshot = ok(await emit(await env.t.client(), "room:join", { code: room.code, name: "Stan" })).snapshot;
    expect(snapshot.cursor.revision).toBe(0);
  });

  it("serializes concurrent commands from two server instances on one database: none lost, 20 clients converge", async () => {
    const other = await startTestServer(env.db);
    try {
      const { room, host } = await party();
      // The same host on a second server instance sharing the database.
      const host2 = await other.client();
      ok(await emit(host2, "room:join", { code: room.code, memberToken: room.memberToken }));
      // Broadcasts cross processes only through the Redis adapter; these clients share a
      // server, and the acks below show the serialization across both servers.
      const clients = await Promise.all(Array.from({ length: 20 }, () => env.t.client()));
      const last = clients.map(() => 0);
      await Promise.all(clients.map((c, i) => emit(c, "room:join", { code: room.code, name: `Guest ${i}` })));
      clients.forEach((c, i) => c.on("cursor:changed", (cursor) => (last[i] = Math.max(last[i]!, cursor.revision))));

      const commands = Array.from({ length: 30 }, (_, i) =>
        emit(i % 2 ? host : host2, "cursor:seek", { positionMs: (i + 1) * 10_000 }),
      );
      const acks = (await Promise.all(commands)).map(ok);
      const revisions = acks.map((a) => a.cursor.revision).sort((a, b) => a - b);
      expect(revisions).toEqual(Array.from({ length: 30 }, (_, i) => i + 1)); // each exactly once
      // One more command through this server: every client converges on its revision.
      const closing = ok(await emit(host, "cursor:pause", {})).cursor;
      expect(closing.revision).toBe(31);
      await eventually(() => last.every((r) => r === 31));
      const final = ok(await emit(await env.t.client(), "room:join", { code: room.code, name: "Check" })).snapshot.cursor;
      expect(final).toEqual(closing);
    } finally {
      await other.close();
    }
  });

  it("keeps a playing cursor across a restart, computed from its anchor", async () => {
    const first = await startTestServer(env.db);
    const room = await first.createRoom("Clementine");
    const host = await first.client();
    ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));
    const { cursor } = ok(await emit(host, "cursor:play", { positionMs: 3_000_000 }));
    await first.close();

    await new Promise((r) => setTimeout(r, 1500));
    const second = await startTestServer(env.db);
    try {
      const joined = ok(await emit(await second.client(), "room:join", { code: room.code, name: "Joel" }));
      expect(joined.snapshot.cursor).toEqual(cursor);
      const now = joined.snapshot.serverTime;
      const position = positionAt(joined.snapshot.cursor, now, RUNTIME);
      expect(position).toBeGreaterThan(3_000_000 + 400); // it kept running while no server was up
      expect(position).toBeCloseTo(3_000_000 + (now - cursor.anchorServerTime), 6);
    } finally {
      await second.close();
    }
  });

  it("hands the host role to another member; the old host becomes a guest", async () => {
    const { room, host } = await party();
    const guest = await env.t.client();
    const joel = ok(await emit(guest, "room:join", { code: room.code, name: "Joel" })).member;
    const roles = new Map<string, string>();
    host.on("room:presence", (p) => p.members.forEach((m) => roles.set(m.id, m.role)));

    expect(await emit(guest, "room:handoff", { memberId: joel.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await emit(host, "room:handoff", { memberId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    const result = ok(await emit(host, "room:handoff", { memberId: joel.id }));
    expect(result.host).toMatchObject({ id: joel.id, role: "host" });
    expect(result.previous).toMatchObject({ name: "Clementine", role: "guest" });

    expect(await emit(host, "cursor:play", {})).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(ok(await emit(guest, "cursor:play", {})).cursor.revision).toBe(1);
    await eventually(() => roles.get(joel.id) === "host" && roles.get(result.previous.id) === "guest");

    // Rejoining keeps the new roles: they are stored, not only on the sockets.
    const again = ok(await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken }));
    expect(again.member.role).toBe("guest");
  });
});

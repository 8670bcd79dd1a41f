// Rooms, members and presence over the real server and real socket.io-clients.
import { describe, expect, it } from "vitest";
import { applyPresence } from "../../core/presence.ts";
import type { Member, Presence } from "../../core/protocol.ts";
import { emit, emitRaw, eventually, ok, useTestServer } from "../support/test-server.ts";

const env = useTestServer();

describe("a party", () => {
  it("host and three guests join, and presence reaches everyone", async () => {
    const room = await env.t.createRoom("Clementine");
    expect(room.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(room.member.role).toBe("host");
    expect(room.url).toBe(`http://montauk.test/r/${room.code}`);

    const host = await env.t.client();
    const hostPresence: Presence[] = [];
    host.on("room:presence", (p) => hostPresence.push(p));
    const joined = await emit(host, "room:join", { code: room.code, memberToken: room.memberToken, protocol: 1 });
    if (!joined.ok) throw new Error(joined.error.message);
    expect(joined.data.member).toEqual({ ...room.member, online: true });
    expect(joined.data.snapshot.room.film.id).toBe("eternal-sunshine");
    expect(joined.data.snapshot.cursor.revision).toBe(0);

    const names = ["Joel", "Patrick", "Mary"];
    const guests = await Promise.all(names.map(() => env.t.client()));
    const heard = guests.map(() => [] as Presence[]);
    guests.forEach((g, i) => g.on("room:presence", (p) => heard[i]!.push(p)));
    const acks = await Promise.all(
      guests.map((g, i) => emit(g, "room:join", { code: room.code.toLowerCase(), name: `  ${names[i]} ` })),
    );
    for (const [i, ack] of acks.entries()) {
      if (!ack.ok) throw new Error(ack.error.message);
      expect(ack.data.member).toMatchObject({ name: names[i], role: "guest", online: true });
    }

    // Everyone ends up knowing all four members online.
    await eventually(() => hostPresence.at(-1)?.online === 4);
    const hostView = new Map<string, Member>();
    for (const m of joined.data.snapshot.members) hostView.set(m.id, m);
    for (const p of hostPresence) for (const m of p.members) hostView.set(m.id, m);
    expect([...hostView.values()].filter((m) => m.online).map((m) => m.name).sort()).toEqual(
      ["Clementine", "Joel", "Mary", "Patrick"],
    );
    // A guest merges as PROTOCOL.md says: its snapshot first, then every presence message,
    // even one that arrived before the acknowledgement.
    for (const [i, ack] of acks.entries()) {
      const { members, online } = ok(ack).snapshot;
      await eventually(() => heard[i]!.reduce(applyPresence, { members, online }).members.filter((m) => m.online).length === 4);
    }
    // At most one message per change, each member once in it. How changes close in time
    // share a message depends on timing here, so the unit test holds that with fake timers.
    expect(hostPresence.length).toBeLessThanOrEqual(1 + names.length);
    for (const p of hostPresence) expect(new Set(p.members.map((m) => m.id)).size).toBe(p.members.length);

    const info = await fetch(`${env.t.url}/api/rooms/${room.code.toLowerCase()}`).then((r) => r.json());
    expect(info).toMatchObject({ code: room.code, online: 4, film: { id: "eternal-sunshine", year: 2004 } });

    // A guest leaves: the others see them go offline.
    const leaving = acks[2]!.ok ? acks[2]!.data.member.id : "";
    expect(await emit(guests[2]!, "room:leave", {})).toEqual({ ok: true, data: {} });
    await eventually(() => hostPresence.at(-1)?.members.some((m) => m.id === leaving && !m.online));
    expect(hostPresence.at(-1)!.online).toBe(3);
    // Disconnecting does the same.
    guests[1]!.disconnect();
    await eventually(() => hostPresence.at(-1)?.online === 2);
  });

  it("a rejoin with the token is the same member with the same role", async () => {
    const room = await env.t.createRoom("Clementine");
    const first = await env.t.client();
    const a = await emit(first, "room:join", { code: room.code, memberToken: room.memberToken });
    const guest = await emit(await env.t.client(), "room:join", { code: room.code, name: "Joel" });
    if (!a.ok || !guest.ok) throw new Error("join failed");
    first.disconnect();

    const again = await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken });
    expect(again.ok && again.data.member).toEqual({ id: a.data.member.id, name: "Clementine", role: "host", online: true });
    const guestAgain = await emit(await env.t.client(), "room:join", { code: room.code, memberToken: guest.data.memberToken });
    expect(guestAgain.ok && guestAgain.data.member).toMatchObject({ id: guest.data.member.id, role: "guest" });
    // Two rooms' worth of joins made exactly two members, not four.
    expect(guestAgain.ok && guestAgain.data.snapshot.members).toHaveLength(2);
  });

  it("refuses a token of another room", async () => {
    const one = await env.t.createRoom("Clementine");
    const other = await env.t.createRoom("Joel");
    const res = await emit(await env.t.client(), "room:join", { code: other.code, memberToken: one.memberToken });
    expect(res).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const made = await emit(await env.t.client(), "room:join", { code: other.code, memberToken: "x".repeat(43) });
    expect(made).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const members = await emit(await env.t.client(), "room:join", { code: other.code, memberToken: other.memberToken });
    expect(members.ok && members.data.snapshot.members.map((m) => m.name)).toEqual(["Joel"]);
  });

  it("a second join on the same socket leaves the first room", async () => {
    const one = await env.t.createRoom("Ann");
    const two = await env.t.createRoom("Bea");
    const watcher = await env.t.client();
    await emit(watcher, "room:join", { code: one.code, memberToken: one.memberToken });
    const roamer = await env.t.client();
    await emit(roamer, "room:join", { code: one.code, name: "Roamer" });
    await eventually(async () => (await info(one.code)).online === 2);
    const moved = await emit(roamer, "room:join", { code: two.code, name: "Roamer" });
    expect(moved.ok).toBe(true);
    expect((await info(one.code)).online).toBe(1);
    expect((await info(two.code)).online).toBe(1);
  });

  it("answers clock:ping with the server's receive and send times, before joining too", async () => {
    const socket = await env.t.client();
    const before = Date.now();
    const res = await emit(socket, "clock:ping", { t0: 123.5 });
    const after = Date.now();
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.t0).toBe(123.5);
    expect(res.data.t1).toBeGreaterThanOrEqual(before - 1);
    expect(res.data.t2).toBeGreaterThanOrEqual(res.data.t1);
    expect(res.data.t2).toBeLessThanOrEqual(after + 1);
  });
});

async function info(code: string): Promise<{ online: number }> {
  return fetch(`${env.t.url}/api/rooms/${code}`).then((r) => r.json());
}

describe("bad input over the socket", () => {
  it("answers malformed payloads with invalid_payload and changes nothing", async () => {
    const room = await env.t.createRoom("Host");
    const socket = await env.t.client();
    const bad: unknown[][] = [
      [{ code: 42 }],
      [{ code: room.code }], // no name, no token
      [{ code: room.code, name: "   " }],
      [{ code: room.code, name: "x".repeat(41) }],
      [{ code: room.code, name: "bell\u0007" }],
      [{ code: "O0I1L!" , name: "Joel" }],
      ["not an object"],
      [null],
      [],
    ];
    for (const args of bad) {
      const res = await emitRaw(socket, "room:join", ...args);
      expect(res, JSON.stringify(args)).toMatchObject({ ok: false, error: { code: "invalid_payload" } });
      expect(typeof (res as { error: { message: string } }).error.message).toBe("string");
    }
    expect(await emitRaw(socket, "clock:ping", { t0: "now" })).toMatchObject({ ok: false, error: { code: "invalid_payload" } });
    // Nothing was made: the room still has only its host.
    const host = await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken });
    expect(host.ok && host.data.snapshot.members).toHaveLength(1);
  });

  it("names the errors of PROTOCOL.md", async () => {
    const socket = await env.t.client();
    expect(await emit(socket, "room:leave", {})).toMatchObject({ ok: false, error: { code: "not_joined" } });
    expect(await emit(socket, "room:join", { code: "ZZZZZZ", name: "Joel" })).toMatchObject({
      ok: false,
      error: { code: "room_not_found" },
    });
    const room = await env.t.createRoom();
    expect(await emit(socket, "room:join", { code: room.code, name: "Joel", protocol: 2 })).toMatchObject({
      ok: false,
      error: { code: "unsupported_protocol" },
    });
    // An event the server does not know is answered at once, not left to time out.
    expect(await emitRaw(socket, "no:such-event", {})).toMatchObject({ ok: false, error: { code: "invalid_payload" } });
  });

  it("ignores an event without a callback and keeps serving", async () => {
    const room = await env.t.createRoom("Host");
    const socket = await env.t.client();
    (socket as unknown as { emit(e: string, p: unknown): void }).emit("room:join", { code: room.code, name: "Ghost" });
    (socket as unknown as { emit(e: string, p: unknown): void }).emit("no:such-event", {});
    const res = await emit(socket, "clock:ping", { t0: 1 });
    expect(res.ok).toBe(true);
    const host = await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken });
    expect(host.ok && host.data.snapshot.members.map((m) => m.name)).toEqual(["Host"]);
  });

  it("refuses a message over 16 KiB by closing that connection only", async () => {
    const room = await env.t.createRoom("Host");
    const socket = await env.t.client();
    const closed = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    socket.emit("room:join", { code: room.code, name: "x".repeat(17 * 1024) }, () => {});
    expect(await closed).toMatch(/transport/);
    const other = await env.t.client();
    expect((await emit(other, "clock:ping", { t0: 1 })).ok).toBe(true);
    const host = await emit(other, "room:join", { code: room.code, memberToken: room.memberToken });
    expect(host.ok && host.data.snapshot.members).toHaveLength(1);
  });
});

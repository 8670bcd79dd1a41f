// Two server processes on one PostgreSQL database, joined through the real Redis
// (REDIS_URL): a party whose members are spread over both behaves as one. Needs
// MONTAUK_TEST_POSTGRES_URL and MONTAUK_TEST_REDIS_URL (scripts/test.sh runs this project
// only with both, and .ci/run sets both).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppClientSocket } from "../../app/lib/socket.ts";
import type { CreateRoomResponse, Presence, Revealed } from "../../core/protocol.ts";
import { connect, startChildServer, stopChildServers, type ChildServer } from "../support/child-server.ts";
import { openTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { emit, eventually, ok } from "../support/test-server.ts";

const redisUrl = process.env.MONTAUK_TEST_REDIS_URL;
const pgUrl = process.env.MONTAUK_TEST_POSTGRES_URL;
if (!redisUrl || !pgUrl) throw new Error("the cluster tests need MONTAUK_TEST_REDIS_URL and MONTAUK_TEST_POSTGRES_URL");

let db: TestDatabase;
let a: ChildServer;
let b: ChildServer;
let env: Record<string, string>;
const sockets: AppClientSocket[] = [];

/** How many processes a server hears from, read off its /metrics. */
async function processes(server: ChildServer): Promise<number> {
  const text = await fetch(`${server.url}/metrics`).then((r) => r.text());
  return Number(/^montauk_processes (\d+)/m.exec(text)?.[1] ?? 0);
}

beforeAll(async () => {
  db = await openTestDatabase(); // a fresh PostgreSQL database, migrated
  env = { DATABASE_URL: (db.target as { url: string }).url, REDIS_URL: redisUrl!, PRESENCE_INTERVAL_MS: "50" };
  [a, b] = await Promise.all([startChildServer(env), startChildServer(env)]);
  // Both are subscribed to the adapter's channel.
  await eventually(async () => (await processes(a)) >= 2 && (await processes(b)) >= 2, 10_000);
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  stopChildServers();
  await db?.close();
});

async function client(server: ChildServer): Promise<AppClientSocket> {
  const socket = await connect(server.url);
  sockets.push(socket);
  return socket;
}

async function createRoom(server: ChildServer): Promise<CreateRoomResponse> {
  const res = await fetch(`${server.url}/api/rooms`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ hostName: "Clementine", filmId: "test-film" }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreateRoomResponse;
}

describe("two processes joined through Redis", () => {
  it("one party over both: presence, the cursor, reveals, polls, markers and a handoff", async () => {
    const room = await createRoom(a);
    const host = await client(a);
    const hostPresence: Presence[] = [];
    host.on("room:presence", (p) => hostPresence.push(p));
    const hostJoin = ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));

    // Joel is served by the other process; his snapshot still sees the host online.
    const joel = await client(b);
    const revealed: Revealed[] = [];
    joel.on("film:revealed", (r) => revealed.push(r));
    const joelJoin = ok(await emit(joel, "room:join", { code: room.code, name: "Joel" }));
    expect(joelJoin.snapshot.online).toBe(2);
    expect(joelJoin.snapshot.members.find((m) => m.id === hostJoin.member.id)?.online).toBe(true);
    await eventually(() => hostPresence.some((p) => p.online === 2 && p.members.some((m) => m.id === joelJoin.member.id && m.online)));
    for (const server of [a, b]) {
      const info = await fetch(`${server.url}/api/rooms/${room.code}`).then((r) => r.json());
      expect(info.online).toBe(2);
    }

    // The host's seek on A reaches Joel on B, and each item is revealed to him once.
    const cursors: number[] = [];
    joel.on("cursor:changed", (c) => cursors.push(c.positionMs));
    ok(await emit(host, "cursor:seek", { positionMs: 15_000 }));
    await eventually(() => cursors.includes(15_000) && revealed.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(revealed.flatMap((r) => r.cards.map((c) => c.id)).sort()).toEqual(["c1", "c2"]);

    // A poll opened on A, a vote on B, the tally on A.
    const opened: string[] = [];
    joel.on("poll:opened", (p) => opened.push(p.id));
    const tallies: Record<string, number>[] = [];
    host.on("poll:tally", (t) => tallies.push(t.counts));
    const { poll } = ok(await emit(host, "poll:create", { question: "Erase her?", options: ["Yes", "No"] }));
    await eventually(() => opened.includes(poll.id));
    ok(await emit(joel, "poll:vote", { pollId: poll.id, optionIds: ["o2"] }));
    await eventually(() => tallies.some((c) => c.o2 === 1));

    // A marker added on B reaches the host on A.
    const markers: string[] = [];
    host.on("marker:added", (m) => markers.push(m.id));
    const { marker } = ok(await emit(joel, "marker:add", { note: "the ice" }));
    await eventually(() => markers.includes(marker.id));

    // The host on A hands the party to Joel on B: Joel's socket may steer at once, the
    // former host's may not.
    ok(await emit(host, "room:handoff", { memberId: joelJoin.member.id }));
    await eventually(async () => (await emit(joel, "cursor:seek", { positionMs: 16_000 })).ok);
    expect(await emit(host, "cursor:seek", { positionMs: 1000 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("a member with a phone on each process stays online when one of them leaves", async () => {
    const room = await createRoom(a);
    const host = await client(a);
    const hostPresence: Presence[] = [];
    host.on("room:presence", (p) => hostPresence.push(p));
    ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));

    const phone = await client(a);
    const joined = ok(await emit(phone, "room:join", { code: room.code, name: "Mary" }));
    const laptop = await client(b);
    ok(await emit(laptop, "room:join", { code: room.code, memberToken: joined.memberToken }));
    // Both processes announce Mary online (the phone's on A, the laptop's on B).
    const aboutMary = () => hostPresence.filter((p) => p.members.some((m) => m.id === joined.member.id));
    await eventually(() => aboutMary().length >= 2);

    // The phone on A goes; A announces Mary as the deployment sees her: online, by the laptop.
    const before = aboutMary().length;
    phone.disconnect();
    await eventually(() => aboutMary().length > before);
    await new Promise((r) => setTimeout(r, 300));
    for (const p of aboutMary().slice(before)) {
      expect(p.online).toBe(2);
      expect(p.members.find((m) => m.id === joined.member.id)?.online).toBe(true);
    }

    // The laptop on B goes too: now Mary is offline, as seen from A.
    laptop.disconnect();
    await eventually(() => hostPresence.at(-1)?.online === 1);
    expect(hostPresence.at(-1)!.members.find((m) => m.id === joined.member.id)?.online).toBe(false);
  });

  it("every process with members times reveals by the cursor as it is now, whoever moved it", async () => {
    // The test pack's first card is at 2 s.
    const room = await createRoom(a);
    const host = await client(a);
    ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));
    const guest = await client(b);
    const revealed: Revealed[] = [];
    guest.on("film:revealed", (r) => revealed.push(r));
    ok(await emit(guest, "room:join", { code: room.code, name: "Patrick" }));
    const cards = () => revealed.flatMap((r) => r.cards.map((c) => c.id));

    // Played, then paused on A before the card: B, which learned of the play, must not
    // reveal the card on its old timer.
    ok(await emit(host, "cursor:play", {}));
    ok(await emit(host, "cursor:pause", { positionMs: 500 }));
    await new Promise((r) => setTimeout(r, 2500));
    expect(cards()).toEqual([]);

    // Played on A, and the host's phone leaves at once: A has nobody left in the room, so
    // only B can reveal the card when the film reaches it.
    ok(await emit(host, "cursor:play", {}));
    host.disconnect();
    await eventually(() => cards().includes("c1"), 5000);
    expect(cards()).toEqual(["c1"]);
  });

  it("when a process dies, the others show its members offline", async () => {
    const c = await startChildServer(env);
    await eventually(async () => (await processes(a)) >= 3, 10_000);
    const room = await createRoom(a);
    const host = await client(a);
    const hostPresence: Presence[] = [];
    host.on("room:presence", (p) => hostPresence.push(p));
    ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));
    const naomi = ok(await emit(await client(c), "room:join", { code: room.code, name: "Naomi" }));
    await eventually(() => hostPresence.at(-1)?.online === 2);
    // A reads the count of processes once a second: let it count C before C dies.
    await new Promise((r) => setTimeout(r, 1500));

    // Nobody on C says goodbye: A sees the count fall (C's Redis connection closed with it)
    // and sends the room's members again, as the deployment sees them now.
    c.child.kill("SIGKILL");
    const last = await eventually(() => hostPresence.find((p) => p.members.some((m) => m.id === naomi.member.id && !m.online)));
    expect(last.online).toBe(1);
  });

  it("a process whose Redis does not answer stops at start with a clear error", async () => {
    const refused = startChildServer({ ...env, REDIS_URL: "redis://:secret@127.0.0.1:1" });
    const error = await refused.then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/server exited 1[\s\S]*Redis at 127\.0\.0\.1:1 does not answer/);
    expect(error?.message).not.toContain("secret");
  });
});

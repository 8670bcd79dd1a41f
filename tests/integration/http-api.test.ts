// The HTTP API of PROTOCOL.md against the real server.
import { describe, expect, it } from "vitest";
import { ok, useTestServer } from "../support/test-server.ts";

const env = useTestServer();

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${env.t.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe("HTTP API", () => {
  it("lists the Eternal Sunshine film", async () => {
    const res = await fetch(`${env.t.url}/api/films`);
    expect(res.status).toBe(200);
    const { films } = await res.json();
    expect(films).toContainEqual(
      expect.objectContaining({
        id: "eternal-sunshine",
        title: "Eternal Sunshine of the Spotless Mind",
        year: 2004,
        runtimeMs: 6_480_000,
      }),
    );
  });

  it("creates a room and finds it by code in any case", async () => {
    const res = await post("/api/rooms", JSON.stringify({ hostName: " Clementine ", filmId: "eternal-sunshine" }));
    expect(res.status).toBe(201);
    const room = await res.json();
    expect(room.member).toMatchObject({ name: "Clementine", role: "host" });
    expect(room.memberToken.length).toBeGreaterThanOrEqual(22); // 128 bits or more in base64url

    const info = await fetch(`${env.t.url}/api/rooms/${room.code.toLowerCase()}`);
    expect(info.status).toBe(200);
    const body = await info.json();
    expect(body).toMatchObject({ code: room.code, online: 0, film: { id: "eternal-sunshine" } });
    expect(new Date(body.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const qr = await fetch(`${env.t.url}/api/rooms/${room.code}/qr.svg`);
    expect(qr.headers.get("content-type")).toBe("image/svg+xml");
    expect(await qr.text()).toMatch(/^<svg/);
  });

  it("stores the member token only as a hash", async () => {
    const room = await post("/api/rooms", JSON.stringify({ hostName: "Mary" })).then((r) => r.json());
    const rows = await env.db.database.db.query.members.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.tokenHash).not.toContain(room.memberToken);
    expect(rows.some((r) => r.tokenHash.length === 64)).toBe(true);
  });

  it("answers bad bodies with 400 and the error shape, and creates nothing", async () => {
    const before = (await env.db.database.db.query.rooms.findMany()).length;
    for (const body of ["", "{", "[]", "null", '{"hostName":""}', '{"hostName":42}', `{"hostName":"${"x".repeat(41)}"}`, '{"hostName":"A","rewatch":"yes"}']) {
      const res = await post("/api/rooms", body);
      expect(res.status, body).toBe(400);
      const json = await res.json();
      expect(json.error.code, body).toBe("invalid_payload");
      expect(json.error.message.length).toBeGreaterThan(0);
    }
    expect((await env.db.database.db.query.rooms.findMany()).length).toBe(before);
  });

  it("answers 404 for an unknown film or room and 413 for a body over 16 KiB", async () => {
    const film = await post("/api/rooms", JSON.stringify({ hostName: "Joel", filmId: "vertigo" }));
    expect(film.status).toBe(404);
    expect((await film.json()).error.code).toBe("not_found");

    for (const code of ["ZZZZZZ", "short", "%E0%A4%A"]) {
      const room = await fetch(`${env.t.url}/api/rooms/${code}`);
      expect(room.status, code).toBe(404);
      expect((await room.json()).error.code).toBe("room_not_found");
    }

    const big = await post("/api/rooms", JSON.stringify({ hostName: "Joel", pad: "x".repeat(17 * 1024) }));
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe("invalid_payload");

    const unknown = await fetch(`${env.t.url}/api/nothing`);
    expect(unknown.status).toBe(404);
    const wrongMethod = await fetch(`${env.t.url}/api/films`, { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
  });

  it("reports health and Prometheus metrics", async () => {
    const health = await fetch(`${env.t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    const room = await post("/api/rooms", JSON.stringify({ hostName: "Stan" })).then((r) => r.json());
    const socket = await env.t.client();
    await socket.emitWithAck("room:join", { code: room.code, memberToken: room.memberToken });
    await socket.emitWithAck("room:join", { code: 1 } as never);

    const text = await fetch(`${env.t.url}/metrics`).then((r) => r.text());
    expect(text).toMatch(/montauk_sockets_connected \d+/);
    expect(text).toMatch(/montauk_rooms_active [1-9]/);
    expect(text).toMatch(/montauk_events_handled_total\{event="room:join",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/montauk_events_handled_total\{event="room:join",outcome="invalid"\} [1-9]/);
    expect(text).toMatch(/montauk_event_handling_seconds_bucket\{le="0.005",event="room:join"\}/);
    expect(text).toContain("process_cpu_user_seconds_total");
  });
});

describe("security headers", () => {
  it("are on every response", async () => {
    for (const path of ["/healthz", "/api/films", "/api/rooms/ZZZZZZ", "/nothing"]) {
      const res = await fetch(`${env.t.url}${path}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("connect-src 'self' ws: wss:");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    }
  });
});

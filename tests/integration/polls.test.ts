// Live polls over the real server: host polls, film polls from the test pack (it has none,
// so Eternal Sunshine's are covered by the pack tests), one ballot per member, exact
// tallies, closing races, hidden results and bad input.
import { describe, expect, it } from "vitest";
import type { Poll } from "../../core/protocol.ts";
import { recount } from "../../core/tally.ts";
import { tallyIntervalMs } from "../../server/polls/tally-broadcaster.ts";
import { storedBallots } from "../../db/queries/polls.queries.ts";
import { emit, emitRaw, eventually, ok, useTestServer } from "../support/test-server.ts";

const env = useTestServer();

async function partyWith(guests: number) {
  const room = await env.t.createRoom("Host");
  const host = await env.t.client();
  ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));
  const members = await Promise.all(Array.from({ length: guests }, () => env.t.client()));
  await Promise.all(members.map((m, i) => emit(m, "room:join", { code: room.code, name: `Guest ${i}` })));
  return { room, host, members };
}

describe("live polls", () => {
  it("50 members vote and change their minds; the tally is exact and matches the database", async () => {
    const { host, members } = await partyWith(50);
    const opened: Poll[] = [];
    members[0]!.on("poll:opened", (p) => opened.push(p));
    const tallies: { counts: Record<string, number>; voters: number }[] = [];
    members[0]!.on("poll:tally", (x) => tallies.push(x));

    const { poll } = ok(await emit(host, "poll:create", { question: "Would you erase a painful relationship?", options: ["Yes", "No", "Not sure"] }));
    expect(poll).toMatchObject({ status: "open", source: "host", kind: "single", voters: 0, counts: { o1: 0, o2: 0, o3: 0 } });
    await eventually(() => opened.length === 1);

    const votingFrom = performance.now();
    const first = await Promise.all(members.map((m, i) => emit(m, "poll:vote", { pollId: poll.id, optionIds: [`o${(i % 3) + 1}`] })));
    expect(first.every((a) => a.ok)).toBe(true);
    // A third of them change their minds, all at once.
    const changes = await Promise.all(
      members.filter((_, i) => i % 3 === 0).map((m) => emit(m, "poll:vote", { pollId: poll.id, optionIds: ["o2"] })),
    );
    expect(changes.every((a) => a.ok)).toBe(true);

    const { poll: closed } = ok(await emit(host, "poll:close", { pollId: poll.id }));
    expect(closed.status).toBe("closed");
    expect(closed.voters).toBe(50);
    const expected = recount(poll, await storedBallots(env.db.database.db, poll.id));
    expect(closed.counts).toEqual(expected.counts);
    expect(closed.counts).toEqual({ o1: 0, o2: 34, o3: 16 });
    // Tallies were coalesced: fewer than one per vote, and at most one per window however
    // slow the machine made the votes (the server runs in this process: one clock).
    const windows = Math.floor((performance.now() - votingFrom) / tallyIntervalMs(51)) + 1;
    expect(tallies.length).toBeLessThan(first.length + changes.length);
    expect(tallies.length).toBeLessThanOrEqual(windows);
    expect(tallies.length).toBeGreaterThan(0);
  });

  it("a close racing a burst of votes: every acknowledged ballot is counted, every other gets poll_closed", async () => {
    const { host, members } = await partyWith(40);
    const { poll } = ok(await emit(host, "poll:create", { question: "Should Mary mail the records?", options: ["Yes", "No"] }));
    const votes = members.map((m, i) => emit(m, "poll:vote", { pollId: poll.id, optionIds: [i % 2 ? "o1" : "o2"] }));
    const close = emit(host, "poll:close", { pollId: poll.id });
    const acks = await Promise.all(votes);
    const { poll: closed } = ok(await close);
    const accepted = acks.filter((a) => a.ok).length;
    for (const a of acks) if (!a.ok) expect(a.error.code).toBe("poll_closed");
    expect(closed.voters).toBe(accepted);
    expect(Object.values(closed.counts).reduce((x, y) => x + y, 0)).toBe(accepted);
    expect(await storedBallots(env.db.database.db, poll.id)).toHaveLength(accepted);
    expect(await emit(members[0]!, "poll:vote", { pollId: poll.id, optionIds: ["o1"] })).toMatchObject({
      ok: false,
      error: { code: "poll_closed" },
    });
  });

  it("withholds counts from guests while results are hidden, and shows them at close", async () => {
    const { host, members } = await partyWith(2);
    const guestTallies: unknown[] = [];
    const hostTallies: unknown[] = [];
    members[0]!.on("poll:tally", (x) => guestTallies.push(x));
    host.on("poll:tally", (x) => hostTallies.push(x));
    const guestOpened: Poll[] = [];
    members[0]!.on("poll:opened", (p) => guestOpened.push(p));
    const { poll } = ok(
      await emit(host, "poll:create", { question: "Will they try again?", options: ["Yes", "No"], hideResults: true, durationMs: 5000 }),
    );
    await eventually(() => guestOpened.length === 1);
    expect(guestOpened[0]!.counts).toEqual({});
    ok(await emit(members[0]!, "poll:vote", { pollId: poll.id, optionIds: ["o1"] }));
    ok(await emit(members[1]!, "poll:vote", { pollId: poll.id, optionIds: ["o1"] }));
    await eventually(() => hostTallies.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(guestTallies).toEqual([]);

    // The timer closes it; the final counts reach everyone.
    const closed: Poll[] = [];
    members[1]!.on("poll:closed", (p) => closed.push(p));
    await eventually(() => closed.length === 1, 8000);
    expect(closed[0]!.counts).toEqual({ o1: 2, o2: 0 });
  });

  it("keeps a member's vote in their snapshot", async () => {
    const { room, host, members } = await partyWith(1);
    const { poll } = ok(await emit(host, "poll:create", { question: "Pick", options: ["A", "B", "C"], kind: "multi" }));
    ok(await emit(members[0]!, "poll:vote", { pollId: poll.id, optionIds: ["o1", "o3"] }));
    const again = ok(await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken }));
    expect(again.snapshot.polls[0]).toMatchObject({ id: poll.id, counts: { o1: 1, o2: 0, o3: 1 }, voters: 1 });
    expect(again.snapshot.polls[0]!.myVote).toBeUndefined(); // the host did not vote
  });

  it("refuses bad input and changes nothing", async () => {
    const { host, members } = await partyWith(1);
    const guest = members[0]!;
    const { poll } = ok(await emit(host, "poll:create", { question: "Q", options: ["A", "B"] }));
    const err = async (p: Promise<unknown>, code: string) => expect(await p).toMatchObject({ ok: false, error: { code } });
    await err(emit(guest, "poll:vote", { pollId: "00000000-0000-4000-8000-000000000000", optionIds: ["o1"] }), "not_found");
    await err(emit(guest, "poll:vote", { pollId: "nope", optionIds: ["o1"] }), "not_found");
    await err(emit(guest, "poll:vote", { pollId: poll.id, optionIds: ["o9"] }), "invalid_option");
    await err(emit(guest, "poll:vote", { pollId: poll.id, optionIds: ["o1", "o2"] }), "invalid_option");
    await err(emit(guest, "poll:vote", { pollId: poll.id, optionIds: ["o1", "o1"] }), "invalid_option");
    await err(emit(guest, "poll:create", { question: "Q", options: ["A", "B"] }), "forbidden");
    await err(emit(guest, "poll:close", { pollId: poll.id }), "forbidden");
    await err(emit(guest, "poll:open", { pollId: poll.id }), "forbidden");
    await err(emit(host, "poll:create", { question: "Q", options: ["Same", "same"] }), "invalid_option");
    await err(emitRaw(host, "poll:create", { question: "Q", options: ["A"] }), "invalid_payload");
    await err(emitRaw(host, "poll:create", { question: "Q", options: ["A", "B"], durationMs: 1000 }), "invalid_payload");
    const { poll: still } = ok(await emit(host, "poll:close", { pollId: poll.id }));
    expect(still.voters).toBe(0);
  });

  it("refuses a flood from one socket with rate_limited", async () => {
    const { members } = await partyWith(1);
    const acks = await Promise.all(Array.from({ length: 60 }, () => emit(members[0]!, "clock:ping", { t0: 1 })));
    const limited = acks.filter((a) => !a.ok && a.error.code === "rate_limited").length;
    expect(limited).toBeGreaterThan(0);
    expect(acks.filter((a) => a.ok).length).toBeGreaterThanOrEqual(25); // the burst, less the join
    // Another phone is not affected.
    expect((await emit(await env.t.client(), "clock:ping", { t0: 1 })).ok).toBe(true);
  });
});

describe("film polls", () => {
  it("open when the playing cursor crosses them, not when a seek skips them; the host can open a skipped one", async () => {
    const room = await env.t.createRoom("Host", { filmId: "test-film" });
    const host = await env.t.client();
    const joined = ok(await emit(host, "room:join", { code: room.code, memberToken: room.memberToken }));
    expect(joined.snapshot.filmPolls).toEqual([
      { id: "p1", question: "First poll?", atMs: 3000 },
      { id: "p2", question: "Second poll?", atMs: 30_000 },
    ]);
    const guest = await env.t.client();
    const opened: Poll[] = [];
    guest.on("poll:opened", (p) => opened.push(p));
    const guestJoin = ok(await emit(guest, "room:join", { code: room.code, name: "Guest" }));
    expect(guestJoin.snapshot.filmPolls).toBeUndefined(); // the host's list only

    // Played across 3 s: p1 opens, once.
    ok(await emit(host, "cursor:seek", { positionMs: 2500 }));
    ok(await emit(host, "cursor:play", {}));
    await eventually(() => opened.length === 1, 5000);
    expect(opened[0]).toMatchObject({ source: "film", filmPollId: "p1", question: "First poll?", status: "open" });
    ok(await emit(host, "cursor:pause", {}));

    // A seek past p2 does not open it.
    ok(await emit(host, "cursor:seek", { positionMs: 35_000 }));
    await new Promise((r) => setTimeout(r, 300));
    expect(opened).toHaveLength(1);

    // The host opens it by its pack id; its results are hidden from the guest.
    const { poll } = ok(await emit(host, "poll:open", { pollId: "p2" }));
    expect(poll).toMatchObject({ filmPollId: "p2", status: "open", hideResults: true });
    await eventually(() => opened.length === 2);
    expect(opened[1]!.counts).toEqual({});
    // Opening it again is the same poll, not a second one.
    expect(ok(await emit(host, "poll:open", { pollId: "p2" })).poll.id).toBe(poll.id);
    const later = ok(await emit(await env.t.client(), "room:join", { code: room.code, memberToken: room.memberToken }));
    expect(later.snapshot.polls.filter((p) => p.filmPollId === "p2")).toHaveLength(1);
  });
});

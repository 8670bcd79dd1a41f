// Nothing acknowledged is ever lost: members vote in a burst, the server process is killed
// with SIGKILL in the middle of it, restarted on the same data (the same PGlite folder, or
// the same PostgreSQL database), and every acknowledged ballot is there and in the tally.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connect, startChildServer, stopChildServers } from "../support/child-server.ts";
import { openTestDatabase, testPostgresUrl, type TestDatabase } from "../support/test-database.ts";
import { emit } from "../support/test-server.ts";

const dataDir = mkdtempSync(join(tmpdir(), "montauk-durability-"));
let pgDb: TestDatabase | undefined;

afterAll(async () => {
  stopChildServers();
  await pgDb?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("durability", () => {
  it("keeps every acknowledged ballot across a SIGKILL in the middle of a burst", async () => {
    let env: Record<string, string>;
    const pgUrl = testPostgresUrl();
    if (pgUrl) {
      pgDb = await openTestDatabase(); // a fresh database on that server, migrated
      env = { DATABASE_URL: (pgDb.target as { url: string }).url };
    } else {
      env = { DATA_DIR: dataDir, DATABASE_URL: "" };
    }

    const first = await startChildServer(env);
    const room = await fetch(`${first.url}/api/rooms`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ hostName: "Host" }),
    }).then((r) => r.json());
    const host = await connect(first.url);
    await emit(host, "room:join", { code: room.code, memberToken: room.memberToken });
    const created = await emit(host, "poll:create", { question: "Erase?", options: ["Yes", "No"] });
    if (!created.ok) throw new Error(created.error.message);
    const pollId = created.data.poll.id;

    const members = await Promise.all(Array.from({ length: 60 }, () => connect(first.url)));
    const tokens: string[] = [];
    for (const [i, m] of members.entries()) {
      const joined = await emit(m, "room:join", { code: room.code, name: `M${i}` });
      if (!joined.ok) throw new Error(joined.error.message);
      tokens.push(joined.data.memberToken);
    }

    // The burst: every member votes twice (a change of mind); the process dies meanwhile.
    const acked = new Map<number, string>();
    let ackCount = 0;
    const burst = members.flatMap((m, i) =>
      ["o1", i % 2 ? "o2" : "o1"].map((option, round) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            m.timeout(3000).emit("poll:vote", { pollId, optionIds: [option] }, (err: unknown, res: { ok: boolean }) => {
              if (!err && res?.ok) {
                acked.set(i, option); // the latest acknowledged ballot
                // Killed once a few ballots are in, while the rest of the burst is in flight.
                if (++ackCount === 10) first.child.kill("SIGKILL");
              }
              resolve();
            });
          }, round * 150 + i * 2),
        ),
      ),
    );
    await Promise.all(burst);
    members.forEach((m) => m.disconnect());
    host.disconnect();
    expect(acked.size).toBeGreaterThan(0); // some made it before the kill…
    // …and some did not: it died mid-burst. Counted in ballots, not members: on a slow
    // machine one commit can acknowledge every member's first ballot at once.
    expect(ackCount).toBeLessThan(members.length * 2);

    const second = await startChildServer(env);
    try {
      const viewer = await connect(second.url);
      const rejoined = await emit(viewer, "room:join", { code: room.code, memberToken: tokens[0]! });
      if (!rejoined.ok) throw new Error(rejoined.error.message);
      const poll = rejoined.data.snapshot.polls.find((p) => p.id === pollId)!;
      // …and in the tally: each member with an acknowledged ballot is counted.
      expect(poll.voters).toBeGreaterThanOrEqual(acked.size);
      // Members whose last acknowledged ballot was their final one are counted for it.
      for (const [i, option] of acked) {
        const mine = await connect(second.url);
        const me = await emit(mine, "room:join", { code: room.code, memberToken: tokens[i]! });
        if (!me.ok) throw new Error(me.error.message);
        const myVote = me.data.snapshot.polls.find((p) => p.id === pollId)!.myVote;
        // The stored ballot is the acknowledged one, or a later one that committed while its
        // ack was lost with the process: never an earlier one.
        expect(myVote, `member ${i}`).toBeDefined();
        if (option === "o2") expect(myVote).toEqual(["o2"]);
        mine.disconnect();
      }
      const sum = Object.values(poll.counts).reduce((a, b) => a + b, 0);
      expect(sum).toBe(poll.voters);
      viewer.disconnect();
    } finally {
      second.child.kill("SIGTERM");
    }
  }, 90_000);
});

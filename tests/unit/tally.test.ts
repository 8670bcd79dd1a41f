import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBallots, ballotProblem, emptyTally, recount } from "../../core/tally.ts";
import { tallyIntervalMs } from "../../server/polls/tally-broadcaster.ts";

const single = { kind: "single" as const, options: [{ id: "a" }, { id: "b" }, { id: "c" }] };
const multi = { kind: "multi" as const, options: single.options };

describe("ballots", () => {
  it("accept what the poll's kind allows and name the rest", () => {
    expect(ballotProblem(single, ["a"])).toBeNull();
    expect(ballotProblem(multi, ["a", "c"])).toBeNull();
    expect(ballotProblem(single, ["a", "b"])).toMatch(/exactly one/);
    expect(ballotProblem(multi, ["a", "a"])).toMatch(/twice/);
    expect(ballotProblem(multi, ["a", "z"])).toMatch(/no option "z"/);
    expect(ballotProblem(multi, [])).toMatch(/choose/);
    expect(ballotProblem(multi, ["a", "b", "c", "a"])).toMatch(/more options/);
  });
});

describe("tallies", () => {
  it("move by the difference when a member changes their ballot", () => {
    let t = emptyTally(single);
    t = applyBallots(t, [{ after: ["a"] }, { after: ["b"] }]);
    t = applyBallots(t, [{ before: ["a"], after: ["c"] }]);
    expect(t).toEqual({ counts: { a: 0, b: 1, c: 1 }, voters: 2 });
  });

  it("any interleaving of ballots and changes tallies to the last ballot of each member", () => {
    const ballot = fc.subarray(["a", "b", "c"], { minLength: 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), ballot), { maxLength: 200 }), fc.nat(20), (votes, batchSize) => {
        // Applied in batches of any size, as the group commit does, each member's earlier
        // ballot known from what was stored before the batch.
        const stored = new Map<number, string[]>();
        let tally = emptyTally(multi);
        const size = batchSize + 1;
        for (let i = 0; i < votes.length; i += size) {
          const last = new Map<number, string[]>();
          for (const [member, choice] of votes.slice(i, i + size)) last.set(member, choice);
          tally = applyBallots(
            tally,
            [...last].map(([member, after]) => ({ before: stored.get(member), after })),
          );
          for (const [member, choice] of last) stored.set(member, choice);
        }
        expect(tally).toEqual(recount(multi, stored.values()));
      }),
    );
  });
});

describe("tally pacing", () => {
  it("is 5 a second for a party, slower for a crowd", () => {
    expect(tallyIntervalMs(3)).toBe(200);
    expect(tallyIntervalMs(1000)).toBe(200);
    expect(tallyIntervalMs(5000)).toBe(1000);
  });
});

// How a client keeps its list of polls from the snapshot and the poll events.
import type { Poll, Tally } from "./protocol.ts";

/** Adds or replaces a poll (poll:opened, poll:closed); the member's own vote is kept. */
export function upsertPoll(polls: Poll[], poll: Poll): Poll[] {
  const old = polls.find((p) => p.id === poll.id);
  const next = { ...poll, ...(old?.myVote && !poll.myVote ? { myVote: old.myVote } : {}) };
  return old ? polls.map((p) => (p.id === poll.id ? next : p)) : [...polls, next];
}

/** Applies a poll:tally. */
export function applyTally(polls: Poll[], tally: Tally): Poll[] {
  return polls.map((p) => (p.id === tally.pollId && p.status === "open" ? { ...p, counts: tally.counts, voters: tally.voters } : p));
}

/** Records the member's acknowledged ballot. */
export function recordVote(polls: Poll[], pollId: string, optionIds: string[]): Poll[] {
  return polls.map((p) => (p.id === pollId ? { ...p, myVote: optionIds } : p));
}

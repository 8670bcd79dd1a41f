// Ballots and tallies. One ballot per member per poll; a new ballot replaces the member's
// earlier one. Counts move by the difference between a member's old and new ballot, so a
// tally is never recounted from all ballots on each vote.

export interface PollShape {
  kind: "single" | "multi";
  options: { id: string }[];
}

/** Why these options are not a valid ballot for the poll, or null when they are. */
export function ballotProblem(poll: PollShape, optionIds: readonly string[]): string | null {
  const known = new Set(poll.options.map((o) => o.id));
  if (optionIds.length === 0) return "choose an option";
  if (poll.kind === "single" && optionIds.length !== 1) return "this poll takes exactly one option";
  if (optionIds.length > poll.options.length) return "more options than the poll has";
  if (new Set(optionIds).size !== optionIds.length) return "an option is chosen twice";
  const unknown = optionIds.find((id) => !known.has(id));
  if (unknown !== undefined) return `no option "${unknown.slice(0, 40)}" in this poll`;
  return null;
}

export interface Tally {
  counts: Record<string, number>;
  voters: number;
}

export function emptyTally(poll: PollShape): Tally {
  return { counts: Object.fromEntries(poll.options.map((o) => [o.id, 0])), voters: 0 };
}

/** The tally after ballots: each is a member's new choice and what they had chosen before. */
export function applyBallots(tally: Tally, changes: readonly { before?: readonly string[]; after: readonly string[] }[]): Tally {
  const counts = { ...tally.counts };
  let voters = tally.voters;
  for (const { before, after } of changes) {
    if (before) for (const id of before) counts[id] = (counts[id] ?? 0) - 1;
    else voters++;
    for (const id of after) counts[id] = (counts[id] ?? 0) + 1;
  }
  return { counts, voters };
}

/** The tally recounted from the final ballot of each member (what the database holds). */
export function recount(poll: PollShape, ballots: Iterable<readonly string[]>): Tally {
  let tally = emptyTally(poll);
  for (const choice of ballots) tally = applyBallots(tally, [{ after: choice }]);
  return tally;
}

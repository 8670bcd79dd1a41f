// Group commit for one poll's ballots: votes that arrive while a batch is being written
// wait and go together in the next transaction. Every vote is acknowledged only after the
// transaction holding it has committed; a member's later ballot in the same batch wins.
import type { Tally } from "../../core/tally.ts";
import type { BallotInput } from "../../db/queries/polls.queries.ts";

type Write = (batch: BallotInput[]) => Promise<Tally | "closed">;
interface Pending {
  ballot: BallotInput;
  resolve: (result: Tally | "closed") => void;
  reject: (error: unknown) => void;
}

/** At most this many ballots in one transaction, so one batch never holds the lock long. */
const MAX_BATCH = 1000;

export class BallotBatcher {
  private queue: Pending[] = [];
  private writing = false;

  constructor(
    private readonly write: Write,
    private readonly onCommitted: (tally: Tally) => void,
  ) {}

  add(ballot: BallotInput): Promise<Tally | "closed"> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ballot, resolve, reject });
      // Let the votes of this tick join before the first write starts.
      if (!this.writing) setImmediate(() => void this.drain());
    });
  }

  get idle(): boolean {
    return !this.writing && this.queue.length === 0;
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        const last = new Map<string, BallotInput>();
        for (const p of batch) last.set(p.ballot.memberId, p.ballot);
        try {
          const result = await this.write([...last.values()]);
          if (result !== "closed") this.onCommitted(result);
          for (const p of batch) p.resolve(result);
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

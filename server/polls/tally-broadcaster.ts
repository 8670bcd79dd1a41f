// Sends a poll's tally at most about 5 times a second, whatever the vote rate: the first
// change goes out at once, later ones wait for the end of the window. A big room gets a
// longer window (200 ms more per thousand members online), since every tally is one
// message per phone: 5,000 phones at 5 a second would be 25,000 messages a second.
import type { Tally } from "../../core/tally.ts";

export function tallyIntervalMs(audience: number): number {
  return 200 * Math.max(1, Math.ceil(audience / 1000));
}

export class TallyBroadcaster {
  private readonly pending = new Map<string, Tally>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();

  constructor(
    private readonly send: (pollId: string, tally: Tally) => void,
    /** How many phones a poll's tally goes to. */
    private readonly audience: (pollId: string) => number,
  ) {}

  changed(pollId: string, tally: Tally): void {
    this.pending.set(pollId, tally);
    if (this.timers.has(pollId)) return;
    const interval = tallyIntervalMs(this.audience(pollId));
    const wait = Math.max(0, interval - (performance.now() - (this.lastSent.get(pollId) ?? -Infinity)));
    this.timers.set(
      pollId,
      setTimeout(() => this.flush(pollId), wait),
    );
  }

  /** A closed poll's final counts go out with poll:closed; drop what is pending. */
  forget(pollId: string): void {
    clearTimeout(this.timers.get(pollId));
    this.timers.delete(pollId);
    this.pending.delete(pollId);
    this.lastSent.delete(pollId);
  }

  stop(): void {
    for (const id of [...this.timers.keys()]) this.forget(id);
  }

  private flush(pollId: string): void {
    this.timers.delete(pollId);
    const tally = this.pending.get(pollId);
    this.pending.delete(pollId);
    if (!tally) return;
    this.lastSent.set(pollId, performance.now());
    this.send(pollId, tally);
  }
}

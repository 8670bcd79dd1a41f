// NTP-style estimate of the server clock from `clock:ping` round trips. Each sample has
// four timestamps: t0 (client send), t1 (server receive), t2 (server send), t3 (client
// receive). The client's times come from the monotonic performance.now(), so a change of
// the phone's wall clock never moves the estimate. Of the last 8 samples the one with the
// least round-trip delay wins: its offset is the least distorted by queueing.

export interface ClockSample {
  /** server time − client time, ms */
  offset: number;
  /** round trip minus the server's own processing time, ms */
  delay: number;
}

export const CLOCK_WINDOW = 8;

export function sampleOf(t0: number, t1: number, t2: number, t3: number): ClockSample {
  return { offset: (t1 - t0 + (t2 - t3)) / 2, delay: Math.max(0, t3 - t0 - (t2 - t1)) };
}

export class ClockEstimator {
  private samples: ClockSample[] = [];

  add(t0: number, t1: number, t2: number, t3: number): void {
    this.samples.push(sampleOf(t0, t1, t2, t3));
    if (this.samples.length > CLOCK_WINDOW) this.samples.shift();
  }

  /** Forget every sample: after a sleep the monotonic clock may have stopped meanwhile. */
  reset(): void {
    this.samples = [];
  }

  get sampleCount(): number {
    return this.samples.length;
  }

  /** The least-delayed sample of the window, or undefined before the first. */
  best(): ClockSample | undefined {
    let best: ClockSample | undefined;
    for (const s of this.samples) if (!best || s.delay < best.delay) best = s;
    return best;
  }

  /** The server time now, given the client's monotonic time; undefined before a sample. */
  serverTime(clientNow: number): number | undefined {
    const best = this.best();
    return best === undefined ? undefined : clientNow + best.offset;
  }
}

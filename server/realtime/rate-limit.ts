// A token bucket per socket for every event: a phone may burst (a clock sync sends six
// pings at once) but a flood is refused with `rate_limited` before anything is parsed.

export class TokenBucket {
  private tokens: number;
  private last = performance.now();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {
    this.tokens = capacity;
  }

  take(): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** 30 events at once, then 15 a second: far above what the app sends, far below a flood. */
export const EVENT_BURST = 30;
export const EVENTS_PER_SECOND = 15;

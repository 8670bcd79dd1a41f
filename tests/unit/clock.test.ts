// The NTP-style estimator against synthetic networks with asymmetric and jittery delays.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClockEstimator, sampleOf } from "../../core/clock.ts";

/** One exchange: the client's clock is `offset` behind the server's. */
function exchange(clientSend: number, offset: number, up: number, down: number, processing = 0.2) {
  const t0 = clientSend;
  const t1 = clientSend + offset + up;
  const t2 = t1 + processing;
  const t3 = t2 - offset + down;
  return [t0, t1, t2, t3] as const;
}

describe("clock estimation", () => {
  it("is exact on a symmetric path", () => {
    const s = sampleOf(...exchange(1000, 5_000_000, 40, 40));
    expect(s.offset).toBeCloseTo(5_000_000, 9);
    expect(s.delay).toBeCloseTo(80, 9);
  });

  it("errs by half the asymmetry of one sample", () => {
    const s = sampleOf(...exchange(1000, 123_456, 10, 70));
    expect(s.offset - 123_456).toBeCloseTo((10 - 70) / 2, 9);
  });

  it("keeps the least-delayed of the last 8 samples", () => {
    const clock = new ClockEstimator();
    clock.add(...exchange(0, 1000, 1, 1)); // the best, but it will slide out of the window
    for (let i = 1; i <= 8; i++) clock.add(...exchange(i * 100, 1000, 30 + i, 50 + i));
    expect(clock.sampleCount).toBe(8);
    expect(clock.best()!.delay).toBeCloseTo(31 + 51 + 0, 0);
  });

  it("with jittery asymmetric delays, stays within half the best sample's extra delay", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true })), {
          minLength: 1,
          maxLength: 20,
        }),
        (offset, delays) => {
          const clock = new ClockEstimator();
          delays.forEach(([up, down], i) => clock.add(...exchange(i * 1000, offset, 20 + up, 20 + down)));
          const best = clock.best()!;
          // The error is half the asymmetry of the winning sample, never more than half its delay.
          expect(Math.abs(clock.serverTime(0)! - offset)).toBeLessThanOrEqual(best.delay / 2 + 1e-6);
        },
      ),
    );
  });

  it("gets within a millisecond when one of 8 pings was quick both ways", () => {
    const clock = new ClockEstimator();
    const delays = [[90, 20], [15, 130], [60, 60], [2.1, 2.4], [100, 30], [45, 5], [70, 80], [25, 95]];
    delays.forEach(([up, down], i) => clock.add(...exchange(i * 500, -42_000, up!, down!)));
    expect(Math.abs(clock.serverTime(10_000)! - (10_000 - 42_000))).toBeLessThan(1);
  });

  it("knows nothing after a reset", () => {
    const clock = new ClockEstimator();
    clock.add(...exchange(0, 10, 1, 1));
    clock.reset();
    expect(clock.serverTime(5)).toBeUndefined();
  });
});

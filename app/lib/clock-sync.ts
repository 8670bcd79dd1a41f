// Keeps this phone's estimate of the server clock: a burst of pings on connect, on
// reconnect and when the page becomes visible again (a sleeping phone's monotonic clock
// may have stopped, so old samples are dropped then), and one ping every 30 s.
import { ClockEstimator } from "../../core/clock.ts";
import { type AppClientSocket, request } from "./socket.ts";

const BURST = 6;
const BURST_GAP_MS = 40;
const STEADY_MS = 30_000;

export class ClockSync {
  readonly estimator = new ClockEstimator();
  private timer: ReturnType<typeof setInterval> | undefined;
  private burstRunning = false;

  /** Server time now, or undefined before the first sample. */
  serverNow(): number | undefined {
    return this.estimator.serverTime(performance.now());
  }

  /** Adds a sample whose four times are already known (e.g. the join round trip). */
  addSample(t0: number, t1: number, t2: number, t3: number): void {
    this.estimator.add(t0, t1, t2, t3);
  }

  start(socket: AppClientSocket): () => void {
    const onConnect = () => {
      this.estimator.reset();
      void this.burst(socket);
    };
    const onVisible = () => {
      if (document.visibilityState !== "visible" || !socket.connected) return;
      this.estimator.reset();
      void this.burst(socket);
    };
    socket.on("connect", onConnect);
    // Outside a browser (the benchmarks) there is no page to become visible.
    if (typeof document !== "undefined") document.addEventListener("visibilitychange", onVisible);
    this.timer = setInterval(() => {
      if (socket.connected) void this.ping(socket);
    }, STEADY_MS);
    if (socket.connected) onConnect();
    return () => {
      socket.off("connect", onConnect);
      if (typeof document !== "undefined") document.removeEventListener("visibilitychange", onVisible);
      clearInterval(this.timer);
    };
  }

  /** A burst of pings, one after another, each new sample competing for the best. */
  async burst(socket: AppClientSocket): Promise<void> {
    if (this.burstRunning) return;
    this.burstRunning = true;
    try {
      for (let i = 0; i < BURST && socket.connected; i++) {
        await this.ping(socket);
        await new Promise((r) => setTimeout(r, BURST_GAP_MS));
      }
    } finally {
      this.burstRunning = false;
    }
  }

  async ping(socket: AppClientSocket): Promise<void> {
    const rttMs = this.estimator.best()?.delay;
    const t0 = performance.now();
    const res = await request(socket, "clock:ping", { t0, ...(rttMs !== undefined ? { rttMs } : {}) }, 5000);
    const t3 = performance.now();
    if (res.ok) this.estimator.add(res.data.t0, res.data.t1, res.data.t2, t3);
  }
}

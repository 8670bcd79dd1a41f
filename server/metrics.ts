// Prometheus metrics of one server instance. Each instance has its own registry, so two
// servers in one test process never collide on metric names.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type Metrics = ReturnType<typeof createMetrics>;
export type Outcome = "ok" | "error" | "invalid" | "no_ack" | "limited";

export function createMetrics(sample: { sockets: () => number; rooms: () => number; processes: () => Promise<number> }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: "montauk_sockets_connected",
    help: "Socket.IO connections open on this process",
    registers: [registry],
    collect() {
      this.set(sample.sockets());
    },
  });
  new Gauge({
    name: "montauk_rooms_active",
    help: "Rooms with at least one member online on this process",
    registers: [registry],
    collect() {
      this.set(sample.rooms());
    },
  });
  new Gauge({
    name: "montauk_processes",
    help: "Processes of the deployment this one hears from through Redis, itself included (1 without Redis)",
    registers: [registry],
    async collect() {
      this.set(await sample.processes());
    },
  });
  const eventsHandled = new Counter({
    name: "montauk_events_handled_total",
    help: "Client events handled, by event name and outcome",
    labelNames: ["event", "outcome"] as const,
    registers: [registry],
  });
  const eventSeconds = new Histogram({
    name: "montauk_event_handling_seconds",
    help: "Time from receiving a client event to its acknowledgement",
    labelNames: ["event"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    registry,
    /** Records one handled event; `startedAt` is a performance.now() reading. */
    observe(event: string, outcome: Outcome, startedAt: number) {
      eventsHandled.inc({ event, outcome });
      eventSeconds.observe({ event }, (performance.now() - startedAt) / 1000);
    },
  };
}

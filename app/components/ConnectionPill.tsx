import type { Connection } from "../lib/use-room-session.ts";

const LABELS: Record<Connection, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
};

export function ConnectionPill({ state }: { state: Connection }) {
  return (
    <span className="pill" data-state={state} role="status" aria-live="polite" data-testid="connection">
      {LABELS[state]}
    </span>
  );
}

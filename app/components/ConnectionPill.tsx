"use client";
import { useOnline } from "../lib/use-online.ts";
import type { Connection } from "../lib/use-room-session.ts";

const LABELS: Record<Connection | "offline", string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

export function ConnectionPill({ state }: { state: Connection }) {
  const online = useOnline();
  const shown = !online && state !== "connected" ? "offline" : state;
  return (
    <span className="pill" data-state={shown} role="status" aria-live="polite" data-testid="connection">
      {LABELS[shown]}
    </span>
  );
}

/** Across the top while the connection is down: the film goes on, the phone catches up. */
export function ReconnectBanner({ state }: { state: Connection }) {
  const online = useOnline();
  if (state === "connected" || state === "connecting") return null;
  return (
    <p className="banner" role="alert">
      {online
        ? "Reconnecting… the film goes on; your phone catches up when it is back."
        : "You are offline. Montauk reconnects by itself when the network is back."}
    </p>
  );
}

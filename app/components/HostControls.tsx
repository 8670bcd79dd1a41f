"use client";
// The host's remote: play/pause, ±10 s and ±1 s nudges, a seek bar, and "set time" for
// typing what the TV shows. Every command goes to the server; the cursor shown is the
// one the server stored.
import { type FormEvent, useEffect, useState } from "react";
import { formatPosition, parsePosition, positionAt } from "../../core/cursor.ts";
import type { Ack, Cursor } from "../../core/protocol.ts";
import type { ClockSync } from "../lib/clock-sync.ts";

export type CursorSend = (
  event: "cursor:play" | "cursor:pause" | "cursor:seek",
  payload: { positionMs?: number },
) => Promise<Ack<{ cursor: Cursor }>>;

export function HostControls({
  cursor,
  runtimeMs,
  clock,
  send,
  onCursor,
}: {
  cursor: Cursor;
  runtimeMs: number;
  clock: ClockSync;
  send: CursorSend;
  onCursor: (cursor: Cursor) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragMs, setDragMs] = useState<number | null>(null);
  const [typed, setTyped] = useState("");
  // The seek bar follows a playing cursor once a second (the big clock does it per frame).
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!cursor.playing) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [cursor.playing]);

  const current = () => positionAt(cursor, clock.serverNow() ?? cursor.anchorServerTime, runtimeMs);
  const clamp = (ms: number) => Math.min(runtimeMs, Math.max(0, Math.round(ms)));

  async function run(event: "cursor:play" | "cursor:pause" | "cursor:seek", payload: { positionMs?: number }) {
    setBusy(true);
    const res = await send(event, payload);
    setBusy(false);
    if (res.ok) {
      setError(null);
      onCursor(res.data.cursor);
    } else setError(res.error.message);
  }

  const nudge = (deltaMs: number) => run("cursor:seek", { positionMs: clamp(current() + deltaMs) });

  function commitDrag() {
    if (dragMs === null) return;
    const positionMs = dragMs;
    setDragMs(null);
    void run("cursor:seek", { positionMs });
  }

  function setTime(event: FormEvent) {
    event.preventDefault();
    const ms = parsePosition(typed);
    if (ms === null || ms > runtimeMs) {
      setError(`Type the time the TV shows, like 1:02:03 or 45:10 (the film runs ${formatPosition(runtimeMs)}).`);
      return;
    }
    setTyped("");
    void run("cursor:seek", { positionMs: ms });
  }

  return (
    <section className="card host-controls" aria-label="Host controls">
      <div className="transport">
        <button type="button" className="secondary" onClick={() => nudge(-10_000)}>
          −10s
          <span className="visually-hidden"> (back 10 seconds)</span>
        </button>
        <button type="button" className="secondary" onClick={() => nudge(-1000)}>
          −1s
          <span className="visually-hidden"> (back 1 second)</span>
        </button>
        <button
          type="button"
          className="play"
          disabled={busy}
          onClick={() => run(cursor.playing ? "cursor:pause" : "cursor:play", {})}
          data-testid="play-pause"
        >
          {cursor.playing ? "Pause" : "Play"}
        </button>
        <button type="button" className="secondary" onClick={() => nudge(1000)}>
          +1s
          <span className="visually-hidden"> (forward 1 second)</span>
        </button>
        <button type="button" className="secondary" onClick={() => nudge(10_000)}>
          +10s
          <span className="visually-hidden"> (forward 10 seconds)</span>
        </button>
      </div>
      <label className="seek">
        <span className="visually-hidden">Seek</span>
        <input
          type="range"
          min={0}
          max={runtimeMs}
          step={1000}
          value={dragMs ?? Math.round(current())}
          onChange={(e) => setDragMs(Number(e.target.value))}
          onPointerUp={commitDrag}
          onKeyUp={commitDrag}
          onBlur={commitDrag}
          aria-valuetext={formatPosition(dragMs ?? current())}
          data-testid="seek-bar"
        />
      </label>
      <form className="set-time" onSubmit={setTime}>
        <label>
          Set time (what the TV shows)
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="h:mm:ss"
            inputMode="numeric"
            autoComplete="off"
            data-testid="set-time"
          />
        </label>
        <button type="submit" className="secondary">
          Set
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

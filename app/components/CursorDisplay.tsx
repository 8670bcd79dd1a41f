"use client";
// The group's place in the film, rendered from the cursor and this phone's clock estimate
// on every animation frame. Nothing is sent or received while the cursor simply runs.
import { useEffect, useRef } from "react";
import { formatPosition, positionAt } from "../../core/cursor.ts";
import type { Cursor, Marker } from "../../core/protocol.ts";
import type { ClockSync } from "../lib/clock-sync.ts";

export function CursorDisplay({
  cursor,
  runtimeMs,
  clock,
  markers = [],
}: {
  cursor: Cursor;
  runtimeMs: number;
  clock: ClockSync;
  /** Moments marked by members, drawn as ticks on the progress bar. */
  markers?: Marker[];
}) {
  const timeRef = useRef<HTMLSpanElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const stateRef = useRef<HTMLSpanElement>(null);
  const rootRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let frame = 0;
    let shownSecond = -1;
    let shownState = "";
    const render = () => {
      const now = clock.serverNow();
      const position = now === undefined ? cursor.positionMs : positionAt(cursor, now, runtimeMs);
      // Writing the DOM directly keeps React out of a 60-times-a-second loop.
      rootRef.current?.setAttribute("data-position-ms", String(Math.round(position)));
      const second = Math.floor(position / 1000);
      if (second !== shownSecond && timeRef.current && barRef.current) {
        shownSecond = second;
        timeRef.current.textContent = formatPosition(position);
        barRef.current.style.transform = `scaleX(${runtimeMs ? position / runtimeMs : 0})`;
      }
      const state = !cursor.playing ? "Paused" : now !== undefined && now < cursor.anchorServerTime ? "Starting…" : "Playing";
      if (state !== shownState && stateRef.current) {
        shownState = state;
        stateRef.current.textContent = state;
      }
      frame = requestAnimationFrame(render);
    };
    render();
    return () => cancelAnimationFrame(frame);
  }, [cursor, runtimeMs, clock]);

  return (
    <section className="card cursor" ref={rootRef} aria-label="Where the group is in the film" data-testid="cursor">
      <div className="cursor-line">
        <span className="cursor-time" ref={timeRef} data-testid="position">
          {formatPosition(cursor.positionMs)}
        </span>
        <span className="muted"> / {formatPosition(runtimeMs)}</span>
        <span className="cursor-state badge" ref={stateRef} data-testid="cursor-state">
          {cursor.playing ? "Playing" : "Paused"}
        </span>
      </div>
      <div className="progress" aria-hidden="true">
        <div className="progress-fill" ref={barRef} />
        {markers.map((m) => (
          <span key={m.id} className="progress-tick" style={{ left: `${(m.positionMs / runtimeMs) * 100}%` }} />
        ))}
      </div>
    </section>
  );
}

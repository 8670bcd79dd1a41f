"use client";
// The time left on a poll, as a ring that empties; computed from the server's deadline and
// this phone's clock estimate, redrawn by the browser (no per-second messages).
import { useEffect, useRef } from "react";
import type { ClockSync } from "../lib/clock-sync.ts";

export function TimerRing({ openedAt, closesAt, clock }: { openedAt: string; closesAt: string; clock: ClockSync }) {
  const circle = useRef<SVGCircleElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const start = Date.parse(openedAt);
  const end = Date.parse(closesAt);
  const r = 18;
  const length = 2 * Math.PI * r;

  useEffect(() => {
    let frame = 0;
    let shown = -1;
    const draw = () => {
      const now = clock.serverNow() ?? Date.now();
      const left = Math.max(0, end - now);
      circle.current?.setAttribute("stroke-dashoffset", String(length * (1 - left / Math.max(1, end - start))));
      const seconds = Math.ceil(left / 1000);
      if (seconds !== shown && label.current) {
        shown = seconds;
        label.current.textContent = `${seconds}s`;
      }
      if (left > 0) frame = requestAnimationFrame(draw);
    };
    draw();
    return () => cancelAnimationFrame(frame);
  }, [start, end, length, clock]);

  return (
    <span className="timer" role="timer" aria-label="Time left to vote">
      <svg width="44" height="44" viewBox="0 0 44 44" aria-hidden="true">
        <circle cx="22" cy="22" r={r} className="timer-track" />
        <circle ref={circle} cx="22" cy="22" r={r} className="timer-fill" strokeDasharray={length} strokeDashoffset={0} />
      </svg>
      <span ref={label} className="timer-label" />
    </span>
  );
}

"use client";
import { useEffect, useState } from "react";
import { positionAt } from "../../core/cursor.ts";
import type { Cursor } from "../../core/protocol.ts";
import type { ClockSync } from "./clock-sync.ts";

/**
 * The cursor's position, refreshed a few times a second: enough for what changes by scene
 * (the Now view), while the big clock renders per frame on its own.
 */
export function usePosition(cursor: Cursor, runtimeMs: number, clock: ClockSync, everyMs = 250): number {
  const read = () => positionAt(cursor, clock.serverNow() ?? cursor.anchorServerTime, runtimeMs);
  const [position, setPosition] = useState(read);
  useEffect(() => {
    setPosition(read());
    if (!cursor.playing) return;
    const timer = setInterval(() => setPosition(read()), everyMs);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursor, runtimeMs, clock, everyMs]);
  return position;
}

// The memory map: the relationship in its own order on one lane, the film's order on the
// other, a line joining each memory's two places, so the reverse structure shows at a
// glance. Memories light up as the film reaches them and fade once erased; the one the
// erasure is in is highlighted; unrevealed ones are blank slots. The list below is the
// same map in words, for everyone and for screen readers. No state of its own: the recap
// renders it on the server, the live room on the phone.
import { useId } from "react";
import { formatPosition } from "../../core/cursor.ts";
import { type MemoryState, memoryStates } from "../../core/memory.ts";
import type { Marker, Memory } from "../../core/protocol.ts";

const W = 340;
const X0 = 20;
const X1 = 320;
const TOP = 44;
const BOTTOM = 128;

const STATE_LABEL: Record<MemoryState, string> = { intact: "intact", current: "being erased now", erased: "erased" };

export function MemoryMap({
  memories,
  memoryCount,
  positionMs,
  runtimeMs,
  markers = [],
}: {
  memories: Memory[];
  memoryCount: number;
  positionMs: number;
  runtimeMs: number;
  markers?: Marker[];
}) {
  const titleId = useId();
  const n = Math.max(memoryCount, ...memories.map((m) => m.order), 1);
  const states = memoryStates(memories, positionMs);
  const byOrder = new Map(memories.map((m) => [m.order, m]));
  const slotX = (order: number) => (n === 1 ? (X0 + X1) / 2 : X0 + ((order - 1) / (n - 1)) * (X1 - X0));
  const filmX = (ms: number) => X0 + (Math.min(ms, runtimeMs) / runtimeMs) * (X1 - X0);
  const erased = memories.filter((m) => states.get(m.id) === "erased").length;

  return (
    <section className="card memory-map" aria-labelledby={titleId} data-testid="memory-map">
      <h2 id={titleId}>The memory map</h2>
      <p className="muted">
        Top: the relationship, first meeting to last fight. Bottom: when the film shows each memory.{" "}
        {memories.length > 0 && `${erased} of ${n} erased so far.`}
      </p>
      <svg viewBox={`0 0 ${W} 170`} className="map-svg" aria-hidden="true" focusable="false">
        <text x={X0} y={18} className="lane-text">
          Relationship →
        </text>
        <text x={X0} y={164} className="lane-text">
          Film →
        </text>
        <line x1={X0} x2={X1} y1={TOP} y2={TOP} className="lane-line" />
        <line x1={X0} x2={X1} y1={BOTTOM} y2={BOTTOM} className="lane-line" />
        {memories.map((m) => (
          <line
            key={`link-${m.id}`}
            x1={slotX(m.order)}
            y1={TOP}
            x2={filmX(m.filmMs)}
            y2={BOTTOM}
            className={`link state-${states.get(m.id)}`}
          />
        ))}
        {Array.from({ length: n }, (_, i) => i + 1).map((order) => {
          const m = byOrder.get(order);
          const state = m ? states.get(m.id)! : "blank";
          return (
            <g key={`slot-${order}`} className={`slot state-${state}`}>
              <circle cx={slotX(order)} cy={TOP} r={9} />
              <text x={slotX(order)} y={TOP + 4} textAnchor="middle">
                {order}
              </text>
            </g>
          );
        })}
        {memories.map((m) => (
          <circle key={`film-${m.id}`} cx={filmX(m.filmMs)} cy={BOTTOM} r={5} className={`film-dot state-${states.get(m.id)}`} />
        ))}
        {markers.map((mk) => (
          <text key={mk.id} x={filmX(mk.positionMs)} y={BOTTOM + 20} textAnchor="middle" className="map-marker">
            {mk.emoji ?? "▲"}
          </text>
        ))}
        <line x1={filmX(positionMs)} x2={filmX(positionMs)} y1={BOTTOM - 12} y2={BOTTOM + 8} className="map-cursor" />
      </svg>
      <ol className="memory-list" data-testid="memory-list">
        {Array.from({ length: n }, (_, i) => i + 1).map((order) => {
          const m = byOrder.get(order);
          if (!m) {
            return (
              <li key={order} className="state-blank">
                <span className="muted">Not shown yet</span>
              </li>
            );
          }
          const state = states.get(m.id)!;
          return (
            <li key={order} className={`state-${state}`} aria-current={state === "current" ? "true" : undefined}>
              <span className="memory-title">{m.title}</span>{" "}
              <span className="muted">
                · {STATE_LABEL[state]} · in the film at {formatPosition(m.filmMs)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

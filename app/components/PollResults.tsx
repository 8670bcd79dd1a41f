import type { Poll } from "../../core/protocol.ts";

/** Bars of a poll's counts; the member's own choice is marked. */
export function PollResults({ poll }: { poll: Poll }) {
  const total = Object.values(poll.counts).reduce((a, b) => a + b, 0);
  return (
    <ul className="results" aria-label="Results">
      {poll.options.map((o) => {
        const n = poll.counts[o.id] ?? 0;
        const share = total ? n / total : 0;
        const mine = poll.myVote?.includes(o.id);
        return (
          <li key={o.id} className="result" data-mine={mine || undefined}>
            <span className="result-label">
              {o.label}
              {mine && <span className="badge">your vote</span>}
            </span>
            <span className="result-count">
              {n} <span className="muted">({Math.round(share * 100)}%)</span>
            </span>
            <span className="bar" aria-hidden="true">
              <span className="bar-fill" style={{ transform: `scaleX(${share})` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

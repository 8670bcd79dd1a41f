"use client";
// An open poll, over the Now view: large option buttons, a timer ring, the member's choice
// marked, live bars once they voted (or "results at close" while results are hidden).
import { useState } from "react";
import type { Poll } from "../../core/protocol.ts";
import type { ClockSync } from "../lib/clock-sync.ts";
import { PollResults } from "./PollResults.tsx";
import { TimerRing } from "./TimerRing.tsx";

export function PollSheet({
  poll,
  isHost,
  clock,
  onVote,
  onClose,
  onHide,
}: {
  poll: Poll;
  isHost: boolean;
  clock: ClockSync;
  onVote: (optionIds: string[]) => Promise<string | null>;
  onClose: () => void;
  onHide: () => void;
}) {
  const [picked, setPicked] = useState<string[]>(poll.myVote ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const voted = poll.myVote !== undefined;
  const showResults = (voted || isHost) && (!poll.hideResults || isHost);

  async function vote(optionIds: string[]) {
    setBusy(true);
    setError(await onVote(optionIds));
    setBusy(false);
  }

  function choose(id: string) {
    if (poll.kind === "single") {
      setPicked([id]);
      void vote([id]);
    } else {
      setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
    }
  }

  return (
    <section className="poll-sheet" role="dialog" aria-modal="false" aria-labelledby={`poll-${poll.id}`} data-testid="poll-sheet">
      <div className="poll-head">
        <p className="eyebrow">{poll.source === "film" ? "Film poll" : "Poll"} · {poll.voters} voted</p>
        {poll.closesAt && poll.openedAt && <TimerRing openedAt={poll.openedAt} closesAt={poll.closesAt} clock={clock} />}
      </div>
      <h2 id={`poll-${poll.id}`} className="poll-question">
        {poll.question}
      </h2>
      <div className="options" role="group" aria-label={poll.kind === "multi" ? "Choose one or more" : "Choose one"}>
        {poll.options.map((o) => (
          <button
            key={o.id}
            type="button"
            className="option"
            aria-pressed={picked.includes(o.id)}
            disabled={busy}
            onClick={() => choose(o.id)}
          >
            {o.label}
          </button>
        ))}
      </div>
      {poll.kind === "multi" && (
        <button type="button" disabled={busy || picked.length === 0} onClick={() => void vote(picked)}>
          {voted ? "Change my vote" : "Vote"}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {showResults ? <PollResults poll={poll} /> : voted && <p className="muted">Your vote is in. Results at close.</p>}
      <div className="poll-actions">
        <button type="button" className="secondary" onClick={onHide}>
          Later
        </button>
        {isHost && (
          <button type="button" className="secondary" onClick={onClose}>
            Close poll
          </button>
        )}
      </div>
    </section>
  );
}

"use client";
// Every poll of the party: the open ones to go back to, the closed ones with their results,
// and for the host the film polls a seek skipped (to open by hand) and "open again".
import type { Poll } from "../../core/protocol.ts";
import { formatPosition } from "../../core/cursor.ts";
import { PollResults } from "./PollResults.tsx";

export function PollsPanel({
  polls,
  filmPolls,
  isHost,
  onShow,
  onOpen,
}: {
  polls: Poll[];
  filmPolls: { id: string; question: string; atMs: number }[];
  isHost: boolean;
  onShow: (pollId: string) => void;
  onOpen: (pollId: string) => void;
}) {
  const open = polls.filter((p) => p.status === "open");
  const closed = polls.filter((p) => p.status === "closed").reverse();
  const asked = new Set(polls.map((p) => p.filmPollId));
  const notYet = isHost ? filmPolls.filter((f) => !asked.has(f.id)) : [];
  if (!open.length && !closed.length && !notYet.length) return null;

  return (
    <section className="card polls" aria-labelledby="polls-heading" data-testid="polls">
      <h2 id="polls-heading">Polls</h2>
      {open.map((p) => (
        <button key={p.id} type="button" className="secondary poll-chip" onClick={() => onShow(p.id)}>
          Open now: {p.question}
        </button>
      ))}
      {closed.map((p) => (
        <details key={p.id} className="closed-poll">
          <summary>
            {p.question} <span className="muted">· {p.voters} voted</span>
          </summary>
          {p.hideResults && !isHost && p.status === "open" ? null : <PollResults poll={p} />}
          {isHost && (
            <button type="button" className="secondary" onClick={() => onOpen(p.id)}>
              Open again
            </button>
          )}
        </details>
      ))}
      {notYet.length > 0 && (
        <details className="film-polls">
          <summary>Film polls not asked yet ({notYet.length})</summary>
          <ul className="plain">
            {notYet.map((f) => (
              <li key={f.id}>
                <button type="button" className="secondary outline-item" onClick={() => onOpen(f.id)}>
                  <span className="outline-time">{formatPosition(f.atMs)}</span>
                  <span>{f.question}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

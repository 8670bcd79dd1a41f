"use client";
// Moments: any member marks the current moment with an optional reaction and note; the
// party's markers along the film, each deletable by its author (or the host).
import { type FormEvent, useState } from "react";
import { formatPosition } from "../../core/cursor.ts";
import type { Marker } from "../../core/protocol.ts";
import { MARKER_EMOJI } from "../../core/constants.ts";

const EMOJI_NAMES: Record<(typeof MARKER_EMOJI)[number], string> = {
  "❤️": "love",
  "😂": "laugh",
  "😢": "sad",
  "😮": "surprised",
  "🤯": "mind blown",
  "🍊": "tangerine",
  "❄️": "ice",
  "🐘": "elephant",
};

export function MarkersPanel({
  markers,
  meId,
  isHost,
  onAdd,
  onDelete,
}: {
  markers: Marker[];
  meId: string;
  isHost: boolean;
  onAdd: (input: { note?: string; emoji?: Marker["emoji"] }) => Promise<string | null>;
  onDelete: (markerId: string) => void;
}) {
  const [note, setNote] = useState("");
  const [emoji, setEmoji] = useState<Marker["emoji"]>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const problem = await onAdd({ ...(note.trim() ? { note: note.trim() } : {}), ...(emoji ? { emoji } : {}) });
    setBusy(false);
    setError(problem);
    if (!problem) {
      setNote("");
      setEmoji(undefined);
    }
  }

  return (
    <section className="card markers" aria-labelledby="markers-heading">
      <h2 id="markers-heading">Moments</h2>
      <form onSubmit={submit} className="stack">
        <fieldset className="emoji-row">
          <legend className="visually-hidden">Reaction</legend>
          {MARKER_EMOJI.map((e) => (
            <button
              key={e}
              type="button"
              className="emoji"
              aria-pressed={emoji === e}
              aria-label={EMOJI_NAMES[e]}
              onClick={() => setEmoji((current) => (current === e ? undefined : e))}
            >
              {e}
            </button>
          ))}
        </fieldset>
        <label>
          Note (optional)
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={140} data-testid="marker-note" />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Mark this moment
        </button>
      </form>
      {markers.length > 0 && (
        <ol className="marker-list" data-testid="markers">
          {markers.map((m) => (
            <li key={m.id}>
              <span className="marker-time">{formatPosition(m.positionMs)}</span>
              <span className="marker-body">
                {m.emoji && <span aria-label={EMOJI_NAMES[m.emoji]}>{m.emoji} </span>}
                <strong>{m.name}</strong>
                {m.note && <span>: {m.note}</span>}
              </span>
              {(m.memberId === meId || isHost) && (
                <button type="button" className="secondary member-action" onClick={() => onDelete(m.id)}>
                  Delete<span className="visually-hidden"> the marker at {formatPosition(m.positionMs)}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

"use client";
// The host's create-poll form: a question, 2–8 options, single or multiple choice, an
// optional timer and optional hidden results. It opens as soon as it is created.
import { type FormEvent, useState } from "react";

export interface NewPoll {
  question: string;
  options: string[];
  kind: "single" | "multi";
  durationMs?: number;
  hideResults: boolean;
}

const DURATIONS = [
  { label: "No timer", ms: 0 },
  { label: "30 seconds", ms: 30_000 },
  { label: "1 minute", ms: 60_000 },
  { label: "2 minutes", ms: 120_000 },
  { label: "5 minutes", ms: 300_000 },
];

export function PollForm({ onCreate }: { onCreate: (poll: NewPoll) => Promise<string | null> }) {
  const [question, setQuestion] = useState("");
  const [options, setOptions] = useState(["", ""]);
  const [kind, setKind] = useState<"single" | "multi">("single");
  const [durationMs, setDurationMs] = useState(60_000);
  const [hideResults, setHideResults] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const filled = options.map((o) => o.trim()).filter(Boolean);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = await onCreate({
      question: question.trim(),
      options: filled,
      kind,
      ...(durationMs ? { durationMs } : {}),
      hideResults,
    });
    setError(problem);
    if (!problem) {
      setQuestion("");
      setOptions(["", ""]);
    }
  }

  return (
    <form className="card poll-form" onSubmit={submit} aria-labelledby="poll-form-heading">
      <h2 id="poll-form-heading">Ask the room</h2>
      <label>
        Question
        <input value={question} onChange={(e) => setQuestion(e.target.value)} maxLength={200} required />
      </label>
      {options.map((value, i) => (
        <label key={i}>
          Option {i + 1}
          <input
            value={value}
            maxLength={80}
            required={i < 2}
            onChange={(e) => setOptions((list) => list.map((o, j) => (j === i ? e.target.value : o)))}
          />
        </label>
      ))}
      {options.length < 8 && (
        <button type="button" className="secondary" onClick={() => setOptions((list) => [...list, ""])}>
          Add an option
        </button>
      )}
      <fieldset className="choices">
        <legend>Answers</legend>
        <label className="inline">
          <input type="radio" name="kind" checked={kind === "single"} onChange={() => setKind("single")} /> One choice
        </label>
        <label className="inline">
          <input type="radio" name="kind" checked={kind === "multi"} onChange={() => setKind("multi")} /> Several choices
        </label>
      </fieldset>
      <label>
        Timer
        <select value={durationMs} onChange={(e) => setDurationMs(Number(e.target.value))}>
          {DURATIONS.map((d) => (
            <option key={d.ms} value={d.ms}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" checked={hideResults} onChange={(e) => setHideResults(e.target.checked)} /> Hide results until
        it closes
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={!question.trim() || filled.length < 2}>
        Open the poll
      </button>
    </form>
  );
}

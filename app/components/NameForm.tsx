"use client";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";

export function NameForm({
  title,
  hint,
  initialName,
  reason,
  submitLabel,
  busy,
  onSubmit,
}: {
  title: string;
  hint?: string;
  initialName: string;
  reason?: string;
  submitLabel: string;
  busy?: boolean;
  onSubmit: (name: string) => void;
}) {
  const [name, setName] = useState(initialName);
  const input = useRef<HTMLInputElement>(null);
  // The form is painted by the server: what was typed before the page's script ran is in the
  // input, not in state (the button stays disabled until then, so nothing was submitted).
  // The remembered name is read after the first paint too (it lives in localStorage).
  useEffect(() => {
    const typed = input.current?.value ?? "";
    if (typed || initialName) setName((current) => current || typed || initialName);
  }, [initialName]);
  const headingId = useId();
  const trimmed = name.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (trimmed) onSubmit(trimmed);
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {hint && <p className="muted">{hint}</p>}
      {reason && <p className="error" role="alert">{reason}</p>}
      <label>
        Your name
        <input
          ref={input}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={40}
          autoComplete="nickname"
          enterKeyHint="go"
          required
        />
      </label>
      <button type="submit" disabled={!trimmed || busy}>
        {busy ? "Joining…" : submitLabel}
      </button>
    </form>
  );
}

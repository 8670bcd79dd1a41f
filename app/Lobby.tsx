"use client";
// The home page: start a party (then you are in it as host) or join one by its code.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { normalizeRoomCode } from "../core/room-code.ts";
import { NameForm } from "./components/NameForm.tsx";
import { api } from "./lib/api.ts";
import { deviceStore } from "./lib/device-store.ts";

export function Lobby() {
  const router = useRouter();
  const [lastName, setLastName] = useState<string | null>(null);
  useEffect(() => setLastName(deviceStore.lastName()), []);

  const films = useQuery({ queryKey: ["films"], queryFn: api.films, staleTime: Infinity });
  const film = films.data?.films[0];

  const create = useMutation({
    mutationFn: (hostName: string) => api.createRoom({ hostName }),
    onSuccess: (room) => {
      deviceStore.saveMember(room.code, { memberToken: room.memberToken, memberId: room.member.id, name: room.member.name });
      router.push(`/r/${room.code}`);
    },
  });

  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | null>(null);
  function join(event: FormEvent) {
    event.preventDefault();
    const normalized = normalizeRoomCode(code);
    if (!normalized) {
      setCodeError("A party code is 6 letters and digits, like K7QX2M.");
      return;
    }
    router.push(`/r/${normalized}`);
  }

  return (
    <main className="page">
      <header>
        <div className="brand">
          <h1>
            Montauk<span>.</span>
          </h1>
        </div>
        <p className="tagline">Watch a film together. Everyone follows the scene, its story and the polls on their phone.</p>
      </header>

      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading">Join a party</h2>
        <form onSubmit={join} className="stack">
          <label>
            Party code
            <input
              className="code"
              name="code"
              value={code}
              onChange={(e) => {
                setCode(e.target.value);
                setCodeError(null);
              }}
              maxLength={6}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="go"
              aria-invalid={codeError ? true : undefined}
              aria-describedby={codeError ? "code-error" : undefined}
              required
            />
          </label>
          {codeError && (
            <p className="error" id="code-error" role="alert">
              {codeError}
            </p>
          )}
          <button type="submit">Join</button>
        </form>
      </section>

      {lastName !== null && (
        <NameForm
            title="Host a party"
            hint="You keep the group's place in the film; everyone else follows on their phone."
            initialName={lastName}
            submitLabel="Start a party"
            busy={create.isPending}
            reason={create.error?.message}
            onSubmit={(name) => create.mutate(name)}
          />
      )}
      {film && (
        <p className="muted" data-testid="film">
          Tonight&apos;s film: <em>{film.title}</em> ({film.year})
        </p>
      )}
    </main>
  );
}

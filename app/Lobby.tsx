"use client";
// The lobby's two forms: join a party by its code, or start one (then you are in it as host).
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { normalizeRoomCode } from "../core/room-code.ts";
import { NameForm } from "./components/NameForm.tsx";
import { api } from "./lib/api.ts";
import { deviceStore } from "./lib/device-store.ts";

export function Lobby() {
  const router = useRouter();
  // The name this phone used last time lives in localStorage, so it is filled in after the
  // first paint (NameForm adopts it) rather than painted by the server.
  const [lastName, setLastName] = useState("");
  useEffect(() => setLastName(deviceStore.lastName()), []);

  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | undefined>();
  async function create(hostName: string) {
    setCreating(true);
    setCreateError(undefined);
    try {
      const room = await api.createRoom({ hostName });
      deviceStore.saveMember(room.code, { memberToken: room.memberToken, memberId: room.member.id, name: room.member.name });
      router.push(`/r/${room.code}`);
    } catch (error) {
      setCreateError((error as Error).message);
      setCreating(false);
    }
  }

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
    <>
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

      <NameForm
        title="Host a party"
        hint="You keep the group's place in the film; everyone else follows on their phone."
        initialName={lastName}
        submitLabel="Start a party"
        busy={creating}
        reason={createError}
        onSubmit={(name) => void create(name)}
      />
    </>
  );
}

"use client";
// A party on the phone: asks for a name once, then shows the film, who is here (live), the
// connection state, and for the host the invitation (code, QR and link).
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { ConnectionPill, ReconnectBanner } from "../../components/ConnectionPill.tsx";
import { useWakeLock } from "../../lib/use-wake-lock.ts";
import { NameForm } from "../../components/NameForm.tsx";
import { ApiError, api } from "../../lib/api.ts";
import { deviceStore } from "../../lib/device-store.ts";
import { useRoomSession } from "../../lib/use-room-session.ts";
import { JoinedRoom } from "./JoinedRoom.tsx";

export function Room({ code }: { code: string }) {
  const info = useQuery({
    queryKey: ["room", code, "info"],
    queryFn: () => api.room(code),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const { phase, connection, snapshot, submitName, send, clock, applyCursor } = useRoomSession(code);

  useWakeLock(phase.kind === "joined");
  const [lastName, setLastName] = useState("");
  useEffect(() => setLastName(deviceStore.lastName()), []);

  if (info.error instanceof ApiError && info.error.status === 404) {
    return <Missing code={code} message="There is no party with this code. Check it with the host." />;
  }
  if (phase.kind === "failed") {
    if (phase.error.code === "room_not_found") return <Missing code={code} message="There is no party with this code." />;
    return <Missing code={code} message={phase.error.message} />;
  }

  const film = snapshot?.room.film ?? info.data?.film;
  return (
    <main className="page">
      <header className="room-header">
        <div>
          <p className="film">
            {film ? film.title : "Montauk"} {film && <span className="year">({film.year})</span>}
          </p>
          <p className="muted" style={{ margin: 0 }}>
            Party {code}
          </p>
        </div>
        <ConnectionPill state={connection} />
      </header>
      <ReconnectBanner state={connection} />

      {phase.kind === "needs-name" && (
        <NameForm
          title="What should the room call you?"
          hint="Asked once: this phone remembers you for this party."
          initialName={lastName}
          reason={phase.reason}
          submitLabel="Join the party"
          onSubmit={submitName}
        />
      )}
      {(phase.kind === "starting" || phase.kind === "joining") && (
        <p className="muted" role="status">
          Joining the party…
        </p>
      )}
      {phase.kind === "joined" && snapshot && (
        <JoinedRoom
          code={code}
          me={phase.me}
          snapshot={snapshot}
          clock={clock}
          send={send}
          applyCursor={applyCursor}
          joinUrl={info.data?.url}
        />
      )}
    </main>
  );
}

function Missing({ code, message }: { code: string; message: string }) {
  return (
    <main className="page">
      <section className="card" role="alert">
        <h2>Party {code}</h2>
        <p>{message}</p>
        <Link className="button" href="/">
          Back to the start
        </Link>
      </section>
    </main>
  );
}

"use client";
// The room's shell, in the page's first load: the film, the party, the connection and the
// name form. Everything live (socket, clock, React Query, cards, polls) is in LiveRoom, its
// own chunk (tests/e2e/budget.spec.ts, docs/decisions/005-first-load-budget.md). A phone that
// is a member starts it at once; a newcomer has nothing live to see before joining, so it
// starts when they first touch the page (focusing the name field, typically seconds before
// they submit) and never holds a socket to a party they only looked at.
import { type ComponentType, useCallback, useEffect, useState } from "react";
import type { RoomInfo } from "../../../core/protocol.ts";
import { ConnectionPill, ReconnectBanner } from "../../components/ConnectionPill.tsx";
import { Missing } from "../../components/Missing.tsx";
import { NameForm } from "../../components/NameForm.tsx";
import { deviceStore } from "../../lib/device-store.ts";
import type { Connection, Phase } from "../../lib/use-room-session.ts";
import type { LiveRoomProps, NameSubmission } from "./LiveRoom.tsx";

export function Room({ code, info, joinedBefore }: { code: string; info: RoomInfo; joinedBefore: boolean }) {
  const [Live, setLive] = useState<ComponentType<LiveRoomProps> | null>(null);
  const [wantLive, setWantLive] = useState(joinedBefore);
  const [loadFailed, setLoadFailed] = useState(false);
  // Until the live part reports, the server's guess: a phone that joined before is joining.
  const [phase, setPhase] = useState<Phase>(joinedBefore ? { kind: "starting" } : { kind: "needs-name" });
  const [connection, setConnection] = useState<Connection>("connecting");
  const [name, setName] = useState<NameSubmission | null>(null);
  const [lastName, setLastName] = useState("");

  useEffect(() => {
    setLastName(deviceStore.lastName());
    // A member starts at once; one whose cookie is gone still has its token on the device.
    if (joinedBefore || deviceStore.member(code)) {
      setWantLive(true);
      return;
    }
    const events = ["focusin", "pointerdown", "keydown"] as const;
    const stop = () => {
      for (const type of events) document.removeEventListener(type, start);
    };
    const start = () => {
      stop();
      setWantLive(true);
    };
    for (const type of events) document.addEventListener(type, start, { passive: true });
    return stop;
  }, [code, joinedBefore]);

  useEffect(() => {
    if (!wantLive) return;
    let cancelled = false;
    import("./LiveRoom.tsx").then(
      (m) => !cancelled && setLive(() => m.LiveRoom),
      () => !cancelled && setLoadFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [wantLive]);

  const submitName = useCallback((value: string) => {
    setName({ value }); // a new object each time, so the same name can be sent again
    setPhase({ kind: "joining" });
    setWantLive(true);
  }, []);

  if (phase.kind === "failed") {
    const message = phase.error.code === "room_not_found" ? "There is no party with this code." : phase.error.message;
    return <Missing title={`Party ${code}`} message={message} />;
  }
  const film = info.film;
  return (
    <main className="page">
      <header className="room-header">
        <div>
          <h1 className="film">
            {film.title} <span className="year">({film.year})</span>
          </h1>
          <p className="muted party-code">Party {code}</p>
        </div>
        {wantLive && <ConnectionPill state={connection} />}
      </header>
      <ReconnectBanner state={connection} />

      {loadFailed && (
        <p className="error" role="alert">
          This page could not load the party. Check the connection and reload.
        </p>
      )}
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
      {Live && (
        <Live code={code} joinUrl={info.url} name={name} onPhase={setPhase} onConnection={setConnection} />
      )}
    </main>
  );
}

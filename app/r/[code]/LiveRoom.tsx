"use client";
// The live party, in its own chunk after the first paint: React Query's cache, the socket
// session and, once joined, the room itself. Reports its phase and connection to the shell
// (Room.tsx), which draws the header and the name form.
import { useEffect, useState } from "react";
import { useWakeLock } from "../../lib/use-wake-lock.ts";
import { type Connection, type Phase, useRoomSession } from "../../lib/use-room-session.ts";
import { Providers } from "../../providers.tsx";
import { JoinedRoom } from "./JoinedRoom.tsx";

/** A name typed in the shell's form; a new object for every submission. */
export interface NameSubmission {
  value: string;
}

export interface LiveRoomProps {
  code: string;
  joinUrl: string | undefined;
  name: NameSubmission | null;
  onPhase: (phase: Phase) => void;
  onConnection: (connection: Connection) => void;
}

export function LiveRoom(props: LiveRoomProps) {
  return (
    <Providers>
      <Session {...props} />
    </Providers>
  );
}

function Session({ code, joinUrl, name, onPhase, onConnection }: LiveRoomProps) {
  const { phase, connection, snapshot, submitName, send, clock, applyCursor } = useRoomSession(code, name?.value ?? null);
  useWakeLock(phase.kind === "joined");
  useEffect(() => onPhase(phase), [phase, onPhase]);
  useEffect(() => onConnection(connection), [connection, onConnection]);
  // A name submitted after this chunk loaded (one typed before is the hook's initial name).
  const [first] = useState(name);
  useEffect(() => {
    if (name && name !== first) submitName(name.value);
  }, [name, first, submitName]);

  if (phase.kind !== "joined" || !snapshot) return null;
  return (
    <JoinedRoom
      code={code}
      me={phase.me}
      snapshot={snapshot}
      clock={clock}
      send={send}
      applyCursor={applyCursor}
      joinUrl={joinUrl}
    />
  );
}

"use client";
// Joins a room over the socket and keeps its state in React Query's cache: the join ack's
// snapshot is written under ["room", code, "snapshot"] and every socket event updates it.
// Rejoins with the stored token after every reconnect, so a phone that slept is the same
// member again.
import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { newerCursor } from "../../core/cursor.ts";
import { applyPresence } from "../../core/presence.ts";
import { addMarker } from "../../core/markers.ts";
import { applyTally, upsertPoll } from "../../core/poll-state.ts";
import { mergeRevealed } from "../../core/revealed-merge.ts";
import type {
  Ack,
  AckData,
  ClientEventName,
  ClientPayload,
  Cursor,
  ErrorBody,
  Member,
  Presence,
  Snapshot,
} from "../../core/protocol.ts";
import { PROTOCOL_VERSION } from "../../core/protocol.ts";
import { ClockSync } from "./clock-sync.ts";
import { deviceStore } from "./device-store.ts";
import { type AppClientSocket, connectSocket, request } from "./socket.ts";

export type Phase =
  | { kind: "starting" }
  | { kind: "needs-name"; reason?: string }
  | { kind: "joining" }
  | { kind: "joined"; me: Member }
  | { kind: "failed"; error: ErrorBody };

export type Connection = "connecting" | "connected" | "reconnecting";

export const snapshotKey = (code: string) => ["room", code, "snapshot"] as const;

/**
 * @param initialName a name the member typed before this hook's chunk had loaded: joined with
 *   as soon as the socket connects, unless this phone is already a member.
 */
export function useRoomSession(code: string, initialName: string | null = null) {
  const queryClient = useQueryClient();
  // Known at once, before the socket connects: whether this phone must ask for a name.
  const [phase, setPhase] = useState<Phase>(() =>
    deviceStore.member(code) || initialName ? { kind: "starting" } : { kind: "needs-name" },
  );
  const [connection, setConnection] = useState<Connection>("connecting");
  const socketRef = useRef<AppClientSocket | null>(null);
  const pendingName = useRef<string | null>(initialName);
  const joinRef = useRef<() => Promise<void>>(async () => {});
  const [clock] = useState(() => new ClockSync());

  /** Writes a cursor into the cache; an older revision (a late broadcast) never wins. */
  const applyCursor = useCallback(
    (cursor: Cursor) =>
      queryClient.setQueryData<Snapshot>(snapshotKey(code), (s) => (s ? { ...s, cursor: newerCursor(s.cursor, cursor) } : s)),
    [code, queryClient],
  );

  const snapshot = useQuery<Snapshot>({ queryKey: snapshotKey(code), queryFn: skipToken, staleTime: Infinity });

  useEffect(() => {
    const socket = connectSocket();
    socketRef.current = socket;
    const earlyPresence: Presence[] = [];

    const join = async () => {
      const stored = deviceStore.member(code);
      const name = pendingName.current;
      if (!stored && !name) {
        setPhase({ kind: "needs-name" });
        return;
      }
      setPhase((p) => (p.kind === "joined" ? p : { kind: "joining" }));
      const sentAt = performance.now();
      const res = await request(socket, "room:join", {
        code,
        protocol: PROTOCOL_VERSION,
        ...(stored ? { memberToken: stored.memberToken } : { name: name! }),
      });
      if (!res.ok) {
        if (res.error.code === "forbidden" && stored) {
          // The token is not valid here (the party was reset, or the link is another's).
          deviceStore.forgetMember(code);
          setPhase({ kind: "needs-name", reason: "Please tell the room your name again." });
        } else if (res.error.code === "invalid_payload" && !stored) {
          setPhase({ kind: "needs-name", reason: res.error.message });
        } else {
          setPhase({ kind: "failed", error: res.error });
        }
        return;
      }
      const { member, memberToken, snapshot } = res.data;
      // The join round trip is a first clock sample, so the position shows at once; the
      // ping burst refines it within a fraction of a second.
      if (clock.estimator.sampleCount === 0) {
        clock.addSample(sentAt, snapshot.serverTime, snapshot.serverTime, performance.now());
      }
      pendingName.current = null;
      deviceStore.saveMember(code, { memberToken, memberId: member.id, name: member.name });
      queryClient.setQueryData(snapshotKey(code), earlyPresence.splice(0).reduce(applyPresence, snapshot));
      setPhase({ kind: "joined", me: member });
    };
    joinRef.current = join;

    socket.on("connect", () => {
      setConnection("connected");
      void join();
    });
    socket.on("disconnect", () => setConnection("reconnecting"));
    const stopClock = clock.start(socket);
    socket.on("cursor:changed", (cursor) => applyCursor(cursor));
    const updatePolls = (change: (polls: Snapshot["polls"]) => Snapshot["polls"]) =>
      queryClient.setQueryData<Snapshot>(snapshotKey(code), (s) => (s ? { ...s, polls: change(s.polls) } : s));
    socket.on("poll:opened", (poll) => {
      updatePolls((polls) => upsertPoll(polls, poll));
      // A short buzz where phones can: the film is on, eyes are on the screen.
      if (typeof navigator !== "undefined" && "vibrate" in navigator) navigator.vibrate?.(60);
    });
    socket.on("poll:closed", (poll) => updatePolls((polls) => upsertPoll(polls, poll)));
    socket.on("poll:tally", (tally) => updatePolls((polls) => applyTally(polls, tally)));
    const updateMarkers = (change: (markers: Snapshot["markers"]) => Snapshot["markers"]) =>
      queryClient.setQueryData<Snapshot>(snapshotKey(code), (s) => (s ? { ...s, markers: change(s.markers) } : s));
    socket.on("marker:added", (marker) => updateMarkers((list) => addMarker(list, marker)));
    socket.on("marker:deleted", ({ markerId }) => updateMarkers((list) => list.filter((m) => m.id !== markerId)));
    socket.on("film:revealed", (revealed) => {
      queryClient.setQueryData<Snapshot>(snapshotKey(code), (s) => (s ? mergeRevealed(s, revealed) : s));
    });
    socket.on("room:presence", (presence) => {
      // Presence can arrive just before the join's snapshot: keep it and apply it after.
      if (!queryClient.getQueryData(snapshotKey(code))) {
        earlyPresence.push(presence);
        return;
      }
      queryClient.setQueryData<Snapshot>(snapshotKey(code), (s) => (s ? applyPresence(s, presence) : s));
      setPhase((p) => {
        if (p.kind !== "joined") return p;
        const mine = presence.members.find((m) => m.id === p.me.id);
        if (!mine || mine.role === p.me.role) return p;
        // A new host needs the outline, which only a host's snapshot carries: join again.
        if (mine.role === "host") queueMicrotask(() => void joinRef.current());
        return { kind: "joined", me: { ...p.me, role: mine.role } };
      });
    });

    return () => {
      stopClock();
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [code, queryClient, clock, applyCursor]);

  const submitName = useCallback((name: string) => {
    pendingName.current = name;
    if (socketRef.current?.connected) void joinRef.current();
    else setPhase({ kind: "joining" });
  }, []);

  /** Sends a command over this page's socket and resolves with its acknowledgement. */
  const send = useCallback(<E extends ClientEventName>(event: E, payload: ClientPayload<E>) => {
    const socket = socketRef.current;
    if (!socket?.connected) {
      return Promise.resolve({ ok: false, error: { code: "internal", message: "Not connected; trying again…" } } as Ack<AckData[E]>);
    }
    return request(socket, event, payload);
  }, []);

  return { phase, connection, snapshot: snapshot.data, submitName, send, clock, applyCursor };
}

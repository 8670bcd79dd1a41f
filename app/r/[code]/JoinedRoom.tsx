"use client";
// The party once joined: the cursor, the host's remote and outline, the Now view with its
// cards, the invitation (host) and who is here.
import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { addMarker } from "../../../core/markers.ts";
import { recordVote, upsertPoll } from "../../../core/poll-state.ts";
import type { Ack, AckData, ClientEventName, ClientPayload, Cursor, Marker, Member, Poll, Snapshot } from "../../../core/protocol.ts";
import { CursorDisplay } from "../../components/CursorDisplay.tsx";
import { MemberList } from "../../components/MemberList.tsx";
import { NowView } from "../../components/NowView.tsx";
import type { NewPoll } from "../../components/PollForm.tsx";
import type { ClockSync } from "../../lib/clock-sync.ts";

import { usePosition } from "../../lib/use-position.ts";
import { snapshotKey } from "../../lib/use-room-session.ts";

// What is not needed to show the film's place and the scene comes in its own chunks, after
// the first paint: the room page's first load stays within its budget (tests/e2e/budget).
const HostControls = dynamic(() => import("../../components/HostControls.tsx").then((m) => m.HostControls), { ssr: false });
const InvitePanel = dynamic(() => import("../../components/InvitePanel.tsx").then((m) => m.InvitePanel), { ssr: false });
const MarkersPanel = dynamic(() => import("../../components/MarkersPanel.tsx").then((m) => m.MarkersPanel), { ssr: false });
const MemoryMap = dynamic(() => import("../../components/MemoryMap.tsx").then((m) => m.MemoryMap), { ssr: false });
const PollForm = dynamic(() => import("../../components/PollForm.tsx").then((m) => m.PollForm), { ssr: false });
const PollSheet = dynamic(() => import("../../components/PollSheet.tsx").then((m) => m.PollSheet), { ssr: false });
const PollsPanel = dynamic(() => import("../../components/PollsPanel.tsx").then((m) => m.PollsPanel), { ssr: false });
const SceneOutline = dynamic(() => import("../../components/SceneOutline.tsx").then((m) => m.SceneOutline), { ssr: false });

type Send = <E extends ClientEventName>(event: E, payload: ClientPayload<E>) => Promise<Ack<AckData[E]>>;

export function JoinedRoom({
  code,
  me,
  snapshot,
  clock,
  send,
  applyCursor,
  joinUrl,
}: {
  code: string;
  me: Member;
  snapshot: Snapshot;
  clock: ClockSync;
  send: Send;
  applyCursor: (cursor: Cursor) => void;
  joinUrl: string | undefined;
}) {
  const [error, setError] = useState<string | null>(null);
  const [hiddenPolls, setHiddenPolls] = useState<ReadonlySet<string>>(new Set());
  const queryClient = useQueryClient();
  const openPoll = snapshot.polls.find((p) => p.status === "open" && !hiddenPolls.has(p.id));
  const { film } = snapshot.room;
  const position = usePosition(snapshot.cursor, film.runtimeMs, clock);
  const isHost = me.role === "host";
  const current = snapshot.scenes.find((s) => position >= s.startMs && position < s.endMs);

  const report = <T,>(res: Ack<T>) => setError(res.ok ? null : res.error.message);
  const makeHost = async (member: Member) => {
    if (!window.confirm(`Make ${member.name} the host? You will become a guest.`)) return;
    report(await send("room:handoff", { memberId: member.id }));
  };
  const updatePolls = (change: (polls: Poll[]) => Poll[]) =>
    queryClient.setQueryData<Snapshot>(snapshotKey(code), (s) => (s ? { ...s, polls: change(s.polls) } : s));
  const vote = async (pollId: string, optionIds: string[]) => {
    const res = await send("poll:vote", { pollId, optionIds });
    if (res.ok) updatePolls((polls) => recordVote(polls, pollId, optionIds));
    return res.ok ? null : res.error.message;
  };
  const pollCommand = async (event: "poll:open" | "poll:close", pollId: string) => {
    const res = await send(event, { pollId });
    if (res.ok) updatePolls((polls) => upsertPoll(polls, res.data.poll));
    report(res);
  };
  const createPoll = async (poll: NewPoll) => {
    const res = await send("poll:create", poll);
    if (res.ok) updatePolls((polls) => upsertPoll(polls, res.data.poll));
    return res.ok ? null : res.error.message;
  };
  const updateMarkers = (change: (markers: Snapshot["markers"]) => Snapshot["markers"]) =>
    queryClient.setQueryData<Snapshot>(snapshotKey(code), (s) => (s ? { ...s, markers: change(s.markers) } : s));
  const addMoment = async (input: { note?: string; emoji?: Marker["emoji"] }) => {
    const res = await send("marker:add", input);
    if (res.ok) updateMarkers((list) => addMarker(list, res.data.marker));
    return res.ok ? null : res.error.message;
  };
  const deleteMoment = async (markerId: string) => {
    const res = await send("marker:delete", { markerId });
    if (res.ok) updateMarkers((list) => list.filter((m) => m.id !== markerId));
    report(res);
  };
  const seekTo = async (positionMs: number) => {
    const res = await send("cursor:seek", { positionMs });
    if (res.ok) applyCursor(res.data.cursor);
    report(res);
  };

  return (
    <>
      <p data-testid="me">
        You&apos;re in as <strong>{me.name}</strong>
        {isHost ? ", the host." : "."}
      </p>
      <CursorDisplay cursor={snapshot.cursor} runtimeMs={film.runtimeMs} clock={clock} markers={snapshot.markers} />
      <p className="room-links">
        <a href={`/r/${code}/recap`}>The Lacuna record (recap)</a>
      </p>
      {isHost && <HostControls cursor={snapshot.cursor} runtimeMs={film.runtimeMs} clock={clock} send={send} onCursor={applyCursor} />}
      {isHost && snapshot.scenes.length > 0 && (
        <SceneOutline scenes={snapshot.scenes} currentId={current?.id} onPick={(scene) => void seekTo(scene.startMs)} />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <NowView
        scenes={snapshot.scenes}
        cards={snapshot.cards}
        positionMs={position}
        runtimeMs={film.runtimeMs}
        sceneCount={film.sceneCount ?? snapshot.scenes.length}
      />
      <MemoryMap
        memories={snapshot.memories}
        memoryCount={film.memoryCount ?? snapshot.memories.length}
        positionMs={position}
        runtimeMs={film.runtimeMs}
        markers={snapshot.markers}
      />
      <MarkersPanel markers={snapshot.markers} meId={me.id} isHost={isHost} onAdd={addMoment} onDelete={(id) => void deleteMoment(id)} />
      <PollsPanel
        polls={snapshot.polls}
        filmPolls={snapshot.filmPolls ?? []}
        isHost={isHost}
        onShow={(id) => setHiddenPolls((set) => new Set([...set].filter((x) => x !== id)))}
        onOpen={(id) => void pollCommand("poll:open", id)}
      />
      {isHost && <PollForm onCreate={createPoll} />}
      {isHost && <InvitePanel code={code} url={joinUrl} />}
      <MemberList members={snapshot.members} online={snapshot.online} meId={me.id} onMakeHost={isHost ? makeHost : undefined} />
      {openPoll && (
        <PollSheet
          key={openPoll.id}
          poll={openPoll}
          isHost={isHost}
          clock={clock}
          onVote={(optionIds) => vote(openPoll.id, optionIds)}
          onClose={() => void pollCommand("poll:close", openPoll.id)}
          onHide={() => setHiddenPolls((set) => new Set([...set, openPoll.id]))}
        />
      )}
    </>
  );
}

// The room page, first painted on the server: the film and the party, and for a phone that
// has not joined yet the name form, so the first screen is useful before any script runs.
// The live part (socket, clock, cards, polls) follows in its own chunk (Room.tsx).
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { normalizeRoomCode } from "../../../core/room-code.ts";
import type { RoomInfo } from "../../../core/protocol.ts";
import { Missing } from "../../components/Missing.tsx";
import { joinedCookie } from "../../lib/device-store.ts";
import { loadFromApi } from "../../lib/server-api.ts";
import { Room } from "./Room.tsx";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ code: string }> };

const loadRoom = (code: string) => loadFromApi<RoomInfo>(`/api/rooms/${encodeURIComponent(code)}`);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code } = await params;
  return { title: `Party ${normalizeRoomCode(code) ?? code.toUpperCase()} — Montauk` };
}

export default async function RoomPage({ params }: Params) {
  const { code: raw } = await params;
  // Codes are case-insensitive; the page always works with the canonical form.
  const code = normalizeRoomCode(raw);
  const info = code ? await loadRoom(code) : null;
  if (!code || !info) {
    return <Missing title={`Party ${code ?? raw.toUpperCase()}`} message="There is no party with this code. Check it with the host." />;
  }
  const joinedBefore = (await cookies()).has(joinedCookie(code));
  return <Room code={code} info={info} joinedBefore={joinedBefore} />;
}

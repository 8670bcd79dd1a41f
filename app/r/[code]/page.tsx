import { normalizeRoomCode } from "../../../core/room-code.ts";
import { Room } from "./Room.tsx";

export default async function RoomPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  // Codes are case-insensitive; the page always works with the canonical form.
  return <Room code={normalizeRoomCode(code) ?? code.toUpperCase()} />;
}

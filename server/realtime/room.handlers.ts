import type { RoomService } from "../rooms/room-service.ts";
import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import { roomChannel, type AppSocket } from "./types.ts";

export function registerRoomHandlers(socket: AppSocket, ctx: HandleContext, rooms: RoomService): void {
  handle(socket, ctx, "room:join", "anyone", async (payload, current) => {
    const joined = await rooms.join(socket.id, payload);
    if (socket.disconnected) {
      // The phone went away while the database answered: do not leave a ghost online.
      rooms.leave(joined.session, socket.id);
      return { member: joined.member, memberToken: joined.memberToken, snapshot: joined.snapshot };
    }
    // A socket belongs to one room at a time: a second join leaves the first. This runs
    // after the new join succeeded, so a refused join leaves the socket where it was.
    const sameMember = current?.roomId === joined.session.roomId && current.member.id === joined.member.id;
    if (current && !sameMember) leaveRoom(socket, rooms);
    socket.data.session = joined.session;
    await socket.join(roomChannel(joined.session.roomId));
    return { member: joined.member, memberToken: joined.memberToken, snapshot: joined.snapshot };
  });

  handle(socket, ctx, "room:leave", "member", () => {
    leaveRoom(socket, rooms);
    return {};
  });

  socket.on("disconnect", () => leaveRoom(socket, rooms));
}

function leaveRoom(socket: AppSocket, rooms: RoomService): void {
  const session = socket.data.session;
  if (!session) return;
  socket.data.session = undefined;
  void socket.leave(roomChannel(session.roomId));
  rooms.leave(session, socket.id);
}

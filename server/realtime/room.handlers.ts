import type { RoomService } from "../rooms/room-service.ts";
import { announceHandoff } from "./cluster.ts";
import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import { hostChannel, roomChannel, type AppServer, type AppSocket } from "./types.ts";

export function registerRoomHandlers(socket: AppSocket, ctx: HandleContext, io: AppServer, rooms: RoomService): void {
  handle(socket, ctx, "room:join", "anyone", async (payload, current) => {
    const joined = await rooms.join(socket.id, payload, async (session) => {
      // The phone went away while the database answered: do not leave a ghost online.
      if (socket.disconnected) return false;
      // A socket belongs to one room at a time: a second join leaves the first. This runs
      // once the new join is known to succeed, so a refused join leaves the socket as it was.
      const sameMember = current?.roomId === session.roomId && current.member.id === session.member.id;
      if (current && !sameMember) leaveRoom(socket, rooms);
      socket.data.session = session;
      await socket.join(roomChannel(session.roomId));
      if (session.member.role === "host") await socket.join(hostChannel(session.roomId));
      return true;
    });
    return { member: joined.member, memberToken: joined.memberToken, snapshot: joined.snapshot };
  });

  handle(socket, ctx, "room:leave", "member", () => {
    leaveRoom(socket, rooms);
    return {};
  });

  handle(socket, ctx, "room:handoff", "host", async ({ memberId }, session) => {
    const result = await rooms.handOff(session, memberId);
    announceHandoff(io, session.roomId, result.host, result.previous);
    return result;
  });

  socket.on("disconnect", () => leaveRoom(socket, rooms));
}

function leaveRoom(socket: AppSocket, rooms: RoomService): void {
  const session = socket.data.session;
  if (!session) return;
  socket.data.session = undefined;
  void socket.leave(roomChannel(session.roomId));
  void socket.leave(hostChannel(session.roomId));
  rooms.leave(session, socket.id);
}

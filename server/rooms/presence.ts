// Who is online, per room, on this process. A member is online while at least one of
// their sockets is in the room (a phone and a laptop, or an old socket not yet timed out).

export class PresenceTracker {
  private readonly rooms = new Map<string, Map<string, Set<string>>>();

  /** Adds a socket; true when the member was offline until now. */
  add(roomId: string, memberId: string, socketId: string): boolean {
    let room = this.rooms.get(roomId);
    if (!room) this.rooms.set(roomId, (room = new Map()));
    let sockets = room.get(memberId);
    if (!sockets) room.set(memberId, (sockets = new Set()));
    const wasOnline = sockets.size > 0;
    sockets.add(socketId);
    return !wasOnline;
  }

  /** Removes a socket; true when it was the member's last one. */
  remove(roomId: string, memberId: string, socketId: string): boolean {
    const room = this.rooms.get(roomId);
    const sockets = room?.get(memberId);
    if (!room || !sockets?.delete(socketId)) return false;
    if (sockets.size > 0) return false;
    room.delete(memberId);
    if (room.size === 0) this.rooms.delete(roomId);
    return true;
  }

  isOnline(roomId: string, memberId: string): boolean {
    return this.rooms.get(roomId)?.has(memberId) ?? false;
  }

  online(roomId: string): number {
    return this.rooms.get(roomId)?.size ?? 0;
  }

  /** The rooms with at least one member online on this process. */
  roomIds(): IterableIterator<string> {
    return this.rooms.keys();
  }

  activeRooms(): number {
    return this.rooms.size;
  }
}

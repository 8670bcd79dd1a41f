// Who is online in a room, as the whole deployment sees it. One process answers from its
// own tracker; processes joined by the Redis adapter ask every process for the sockets in
// the room's channel, since a member's phone may be served by any of them.
import type { PresenceTracker } from "./presence.ts";

export interface PresenceView {
  online: number;
  isOnline(memberId: string): boolean;
}

/** Never rejects: a source that cannot ask everyone answers with what it knows. */
export type PresenceSource = (roomId: string) => Promise<PresenceView>;

/** This process's sockets are all there is. */
export function localPresence(tracker: PresenceTracker): PresenceSource {
  return async (roomId) => ({
    online: tracker.online(roomId),
    isOnline: (memberId) => tracker.isOnline(roomId, memberId),
  });
}

/** The members of the given sockets, wherever they are served: one id per member. */
export function presenceOf(members: Iterable<string | undefined>): PresenceView {
  const ids = new Set<string>();
  for (const id of members) if (id) ids.add(id);
  return { online: ids.size, isOnline: (memberId) => ids.has(memberId) };
}

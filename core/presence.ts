import type { Member, Presence, Snapshot } from "./protocol.ts";

/**
 * Applies a `room:presence` message to a member list: changed members replace their old
 * entry (or are added at the end), and the online count is the message's.
 */
export function applyPresence<S extends Pick<Snapshot, "members" | "online">>(snapshot: S, presence: Presence): S {
  const changed = new Map(presence.members.map((m) => [m.id, m]));
  const members: Member[] = snapshot.members.map((m) => {
    const update = changed.get(m.id);
    if (!update) return m;
    changed.delete(m.id);
    return update;
  });
  members.push(...changed.values());
  return { ...snapshot, members, online: presence.online };
}

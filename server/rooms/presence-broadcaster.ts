// Coalesces presence changes into at most one `room:presence` per room per interval.
// A change in a quiet room goes out after a short gather delay (so a burst of joins is one
// message); changes during the interval wait for its end. Each member appears once per
// message with their state as the whole deployment sees it when the message goes out: a
// member whose phone left this process may still be online through another.
import type { Member, Presence } from "../../core/protocol.ts";
import type { PresenceSource } from "./presence-view.ts";

/** Joins that arrive within this many ms of each other share one message. */
const GATHER_MS = 25;

export class PresenceBroadcaster {
  private readonly pending = new Map<string, Map<string, Member>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly view: PresenceSource,
    private readonly emit: (roomId: string, presence: Presence) => void,
  ) {}

  changed(roomId: string, member: Member): void {
    if (this.stopped) return;
    let members = this.pending.get(roomId);
    if (!members) this.pending.set(roomId, (members = new Map()));
    members.set(member.id, member);
    if (this.timers.has(roomId)) return;
    const sinceLast = performance.now() - (this.lastSent.get(roomId) ?? -Infinity);
    const delay = Math.max(GATHER_MS, this.intervalMs - sinceLast);
    this.timers.set(
      roomId,
      setTimeout(() => this.flush(roomId), delay),
    );
  }

  private flush(roomId: string): void {
    this.timers.delete(roomId);
    const members = this.pending.get(roomId);
    this.pending.delete(roomId);
    if (!members?.size) return;
    this.lastSent.set(roomId, performance.now());
    void this.view(roomId).then((view) => {
      if (this.stopped) return;
      // A room nobody is in is forgotten, so the map holds only rooms in use.
      if (view.online === 0) this.lastSent.delete(roomId);
      const changed = [...members.values()].map((m) => ({ ...m, online: view.isOnline(m.id) }));
      this.emit(roomId, { online: view.online, members: changed });
    });
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.pending.clear();
  }
}

// Coalesces presence changes into at most one `room:presence` per room per interval.
// A change in a quiet room goes out after a short gather delay (so a burst of joins is one
// message); changes during the interval wait for its end. Each member appears once per
// message with their latest state.
import type { Member, Presence } from "../../core/protocol.ts";

/** Joins that arrive within this many ms of each other share one message. */
const GATHER_MS = 25;

export class PresenceBroadcaster {
  private readonly pending = new Map<string, Map<string, Member>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly online: (roomId: string) => number,
    private readonly emit: (roomId: string, presence: Presence) => void,
  ) {}

  changed(roomId: string, member: Member): void {
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
    const online = this.online(roomId);
    // A room nobody is in is forgotten, so the map holds only rooms in use.
    if (online > 0) this.lastSent.set(roomId, performance.now());
    else this.lastSent.delete(roomId);
    this.emit(roomId, { online, members: [...members.values()] });
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.pending.clear();
  }
}

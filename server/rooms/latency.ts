// The round-trip times that phones report with their clock pings, per room. A play is
// scheduled far enough ahead that the slowest phone of the room hears of it in time.
import { MAX_LEAD_MS } from "../../core/cursor.ts";

const MIN_LEAD_MS = 100;

export class LatencyBook {
  private readonly rooms = new Map<string, Map<string, number>>();

  report(roomId: string, socketId: string, rttMs: number): void {
    let room = this.rooms.get(roomId);
    if (!room) this.rooms.set(roomId, (room = new Map()));
    room.set(socketId, rttMs);
  }

  forget(roomId: string, socketId: string): void {
    const room = this.rooms.get(roomId);
    room?.delete(socketId);
    if (room?.size === 0) this.rooms.delete(roomId);
  }

  /** How far ahead to anchor a play: 1.5 × the slowest round trip plus a margin, 100 ms–1 s. */
  leadMs(roomId: string): number {
    let slowest = 0;
    for (const rtt of this.rooms.get(roomId)?.values() ?? []) slowest = Math.max(slowest, rtt);
    return Math.min(MAX_LEAD_MS, Math.max(MIN_LEAD_MS, slowest * 1.5 + 75));
  }
}

// The reveal engine. When the cursor passes a scene's, card's or memory's moment while
// playing, or a seek carries it past, the room reveals it: stored once per room and item
// (the primary key decides between processes) and announced as `film:revealed` with only
// the new items. One timer per room with members on this process, set for the next cue and
// reset on every cursor change; rooms are never polled.
import { positionAt } from "../../core/cursor.ts";
import type { Cursor, Revealed } from "../../core/protocol.ts";
import { cueKey, dueCues, nextCueMs, revealedContent, timeOfPosition } from "../../core/reveal.ts";
import type { Db } from "../../db/client.ts";
import { insertReveals, listReveals, raiseReached } from "../../db/queries/reveals.queries.ts";
import type { LoadedPack, PackCatalog } from "../films/pack-catalog.ts";
import { KeyedLock } from "./keyed-lock.ts";

export interface RoomRef {
  id: string;
  filmId: string;
  rewatch: boolean;
}

export interface RevealDeps {
  db: Db;
  packs: PackCatalog;
  now: () => number;
  emit: (roomId: string, revealed: Revealed) => void;
  /** The playing cursor went from `fromMs` to `toMs` (not by a seek): film polls open. */
  crossed: (room: RoomRef, fromMs: number, toMs: number) => Promise<void>;
  log: (message: string, error?: unknown) => void;
}

interface Tracked {
  room: RoomRef;
  cursor: Cursor;
  /** Where the cursor was at the last check; a check while playing crossed from here. */
  lastMs?: number;
  /** Reveals known to be stored (by this process or another). */
  known?: Set<string>;
  timer?: NodeJS.Timeout;
}

export class RevealService {
  private readonly rooms = new Map<string, Tracked>();
  private readonly lock = new KeyedLock();

  constructor(private readonly deps: RevealDeps) {}

  /** After every cursor change, and when a member joins: reveal what is reached, time the next cue. */
  async track(room: RoomRef, cursor: Cursor): Promise<void> {
    const tracked = this.rooms.get(room.id);
    if (tracked && tracked.cursor.revision > cursor.revision) return; // an older change arrived late
    if (tracked) {
      // A cursor change is not a crossing: a seek past a film poll does not open it.
      if (cursor.revision !== tracked.cursor.revision) tracked.lastMs = undefined;
      tracked.cursor = cursor;
    } else this.rooms.set(room.id, { room, cursor });
    await this.catchUp(room.id);
  }

  /** Nobody of the room is left on this process: stop its timer and forget it. */
  release(roomId: string): void {
    clearTimeout(this.rooms.get(roomId)?.timer);
    this.rooms.delete(roomId);
  }

  stop(): void {
    for (const roomId of [...this.rooms.keys()]) this.release(roomId);
  }

  /** Reveals everything the room's cursor has reached by now that is not yet revealed. */
  catchUp(roomId: string): Promise<void> {
    return this.lock.run(roomId, async () => {
      const tracked = this.rooms.get(roomId);
      if (!tracked) return;
      const loaded = await this.deps.packs.get(tracked.room.filmId);
      const position = positionAt(tracked.cursor, this.deps.now(), loaded.pack.runtimeMs);
      if (tracked.cursor.playing && tracked.lastMs !== undefined && position > tracked.lastMs) {
        await this.deps.crossed(tracked.room, tracked.lastMs, position);
      }
      tracked.lastMs = position;
      if (tracked.room.rewatch) return this.schedule(tracked, loaded, position); // everything is shown already
      const reached = await raiseReached(this.deps.db, roomId, position);
      tracked.known ??= new Set((await listReveals(this.deps.db, roomId)).map((k) => cueKey({ kind: k.kind, id: k.itemId })));
      const due = dueCues(loaded.cues, reached, tracked.known);
      const won = await insertReveals(
        this.deps.db,
        roomId,
        due.map((c) => ({ kind: c.kind, itemId: c.id })),
      );
      for (const cue of due) tracked.known.add(cueKey(cue));
      if (won.length > 0) this.deps.emit(roomId, revealedContent(loaded.pack, won));
      if (this.rooms.get(roomId) === tracked) this.schedule(tracked, loaded, Math.max(position, reached));
    });
  }

  private schedule(tracked: Tracked, loaded: LoadedPack, fromMs: number): void {
    clearTimeout(tracked.timer);
    tracked.timer = undefined;
    const next = nextCueMs(loaded.moments, fromMs);
    const at = next === undefined ? undefined : timeOfPosition(tracked.cursor, next);
    if (at === undefined) return;
    const delay = Math.max(0, at - this.deps.now()) + 1;
    tracked.timer = setTimeout(() => {
      this.catchUp(tracked.room.id).catch((error) => this.deps.log("reveal failed", error));
    }, delay);
    tracked.timer.unref?.();
  }
}

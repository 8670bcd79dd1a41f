// Host commands on the scene cursor. Each command reads the stored cursor, applies the pure
// transition of core/cursor.ts and writes it back only if nobody else wrote in between
// (the revision it read) and the sender is still the host; otherwise it reads again. The
// result is durable before it is acknowledged and broadcast.
import { applyCommand, type CursorCommand } from "../../core/cursor.ts";
import type { Cursor } from "../../core/protocol.ts";
import type { Db } from "../../db/client.ts";
import { readCursorState, writeCursor } from "../../db/queries/cursor.queries.ts";
import { AppError } from "../errors.ts";
import { KeyedLock } from "./keyed-lock.ts";
import type { LatencyBook } from "./latency.ts";
import type { Session } from "./room-service.ts";

/** Conflicts only come from other processes; a handful of retries always suffices. */
const MAX_ATTEMPTS = 8;

export class CursorService {
  private readonly lock = new KeyedLock();

  constructor(
    private readonly db: Db,
    private readonly latency: LatencyBook,
    private readonly now: () => number,
  ) {}

  command(session: Session, command: CursorCommand): Promise<Cursor> {
    return this.lock.run(session.roomId, async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const state = await readCursorState(this.db, session.roomId);
        if (!state) throw new AppError("room_not_found", "this party no longer exists");
        if (state.hostMemberId !== session.member.id) throw new AppError("forbidden", "only the host can do this");
        if (command.positionMs !== undefined && command.positionMs > state.runtimeMs) {
          throw new AppError("invalid_payload", `positionMs: after the end of the film (${state.runtimeMs} ms)`);
        }
        const next = applyCommand(state.cursor, command, {
          now: this.now(),
          runtimeMs: state.runtimeMs,
          leadMs: this.latency.leadMs(session.roomId),
        });
        if (await writeCursor(this.db, session.roomId, state.cursor.revision, session.member.id, next)) return next;
      }
      throw new AppError("internal", "the cursor is changing too fast; try again");
    });
  }
}

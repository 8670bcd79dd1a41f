// Host commands on the scene cursor. Each command locks the room row, reads the stored
// cursor, applies the pure transition of core/cursor.ts and writes it back conditional on
// the revision it read and on the sender still being the host. Commands on one room from
// several processes queue on the row lock, so none is lost and none needs a retry. The
// result is durable before it is acknowledged and broadcast.
import { applyCommand, type CursorCommand } from "../../core/cursor.ts";
import type { Cursor } from "../../core/protocol.ts";
import type { Db } from "../../db/client.ts";
import { readCursorState, writeCursor } from "../../db/queries/cursor.queries.ts";
import { AppError } from "../errors.ts";
import { KeyedLock } from "./keyed-lock.ts";
import type { LatencyBook } from "./latency.ts";
import type { Session } from "./room-service.ts";

export class CursorService {
  private readonly lock = new KeyedLock();

  constructor(
    private readonly db: Db,
    private readonly latency: LatencyBook,
    private readonly now: () => number,
  ) {}

  command(session: Session, command: CursorCommand): Promise<Cursor> {
    return this.lock.run(session.roomId, () =>
      this.db.transaction(async (tx) => {
        const state = await readCursorState(tx, session.roomId, true);
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
        // Under the row lock the revision cannot have moved; the condition stays as a guard.
        if (!(await writeCursor(tx, session.roomId, state.cursor.revision, session.member.id, next))) {
          throw new AppError("internal", "the cursor changed meanwhile; try again");
        }
        return next;
      }),
    );
  }
}

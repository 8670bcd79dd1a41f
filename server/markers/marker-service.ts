// Moments marked by members: at the cursor (or a given position), with an optional note
// and reaction. A member deletes their own; the host any.
import { positionAt } from "../../core/cursor.ts";
import type { Marker } from "../../core/protocol.ts";
import type { Db } from "../../db/client.ts";
import { readCursorState } from "../../db/queries/cursor.queries.ts";
import { deleteMarker, findMarker, insertMarker, listMarkers } from "../../db/queries/markers.queries.ts";
import type { MarkerRow } from "../../db/schema.ts";
import { AppError } from "../errors.ts";
import { newId } from "../identity.ts";
import type { Session } from "../rooms/room-service.ts";

export class MarkerService {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  async add(session: Session, input: { positionMs?: number; note?: string; emoji?: Marker["emoji"] }): Promise<Marker> {
    const state = await readCursorState(this.db, session.roomId);
    if (!state) throw new AppError("room_not_found", "this party no longer exists");
    if (input.positionMs !== undefined && input.positionMs > state.runtimeMs) {
      throw new AppError("invalid_payload", `positionMs: after the end of the film (${state.runtimeMs} ms)`);
    }
    const positionMs = input.positionMs ?? positionAt(state.cursor, this.now(), state.runtimeMs);
    const row = await insertMarker(this.db, {
      id: newId(),
      roomId: session.roomId,
      memberId: session.member.id,
      positionMs,
      note: input.note ?? "",
      emoji: input.emoji ?? null,
    });
    return toWireMarker({ ...row, name: session.member.name });
  }

  async remove(session: Session, markerId: string): Promise<void> {
    const marker = await findMarker(this.db, session.roomId, markerId);
    if (!marker) throw new AppError("not_found", "no such marker in this party");
    if (marker.memberId !== session.member.id && session.member.role !== "host") {
      throw new AppError("forbidden", "only its author or the host can delete a marker");
    }
    await deleteMarker(this.db, markerId);
  }

  async list(roomId: string): Promise<Marker[]> {
    return (await listMarkers(this.db, roomId)).map(toWireMarker);
  }
}

export function toWireMarker(row: MarkerRow & { name: string }): Marker {
  return {
    id: row.id,
    memberId: row.memberId,
    name: row.name,
    positionMs: row.positionMs,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    ...(row.emoji ? { emoji: row.emoji as Marker["emoji"] } : {}),
  };
}

"use client";
// For the host: the film's scenes with their times. Tapping the scene that is on screen
// re-aligns the cursor to its start ("we are at this scene").
import { formatPosition } from "../../core/cursor.ts";
import type { Scene } from "../../core/protocol.ts";

export function SceneOutline({
  scenes,
  currentId,
  onPick,
}: {
  scenes: Scene[];
  currentId: string | undefined;
  onPick: (scene: Scene) => void;
}) {
  return (
    <details className="card outline">
      <summary>
        <span>Outline: we are at this scene</span>
      </summary>
      <ol className="outline-list" data-testid="outline">
        {scenes.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="secondary outline-item"
              aria-current={s.id === currentId ? "true" : undefined}
              onClick={() => onPick(s)}
            >
              <span className="outline-time">{formatPosition(s.startMs)}</span>
              <span>{s.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

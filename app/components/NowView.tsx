"use client";
// "Now": the scene on screen (title, place, who is in it), where it sits in the story
// against where it sits in the film, its cards newest first, and the earlier cards in a
// stream grouped by scene. Only what the room has revealed is here.
import type { Card, Scene } from "../../core/protocol.ts";

const KIND_LABELS: Record<string, string> = { who: "Who", when: "When", notice: "Notice", fact: "Fact" };

export function NowView({
  scenes,
  cards,
  positionMs,
  runtimeMs,
  sceneCount,
}: {
  scenes: Scene[];
  cards: Card[];
  positionMs: number;
  runtimeMs: number;
  /** How many scenes the film has, reached or not. */
  sceneCount: number;
}) {
  const current = scenes.find((s) => positionMs >= s.startMs && positionMs < s.endMs) ?? scenes.filter((s) => s.startMs <= positionMs).at(-1);
  const sceneCards = current ? cards.filter((c) => c.sceneId === current.id).reverse() : [];
  const earlier = groupByScene(
    cards.filter((c) => c.sceneId !== current?.id && c.atMs <= (current?.endMs ?? Infinity)),
    scenes,
  );

  return (
    <section className="now" aria-labelledby="now-heading">
      <h2 id="now-heading" className="visually-hidden">
        Now
      </h2>
      {current ? (
        <article className="card scene" data-testid="current-scene">
          <p className="eyebrow">Now on screen</p>
          <h3 className="scene-title">{current.title}</h3>
          {current.place && <p className="scene-place">{current.place}</p>}
          {current.characters && current.characters.length > 0 && (
            <p className="muted scene-who">With {listNames(current.characters)}</p>
          )}
          <StoryMarker scene={current} runtimeMs={runtimeMs} sceneCount={sceneCount} />
        </article>
      ) : (
        <p className="muted card">The film has not started yet. Cards appear here as the story unfolds.</p>
      )}
      {sceneCards.length > 0 && (
        <ul className="cards" aria-label="Cards for this scene" data-testid="scene-cards">
          {sceneCards.map((card) => (
            <CardItem key={card.id} card={card} />
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <section aria-labelledby="earlier-heading" className="stream">
          <h3 id="earlier-heading" className="stream-heading">
            Earlier
          </h3>
          {earlier.map(({ scene, cards: list }) => (
            <div key={scene?.id ?? "none"} className="stream-group">
              <h4 className="muted">{scene?.title ?? "Other"}</h4>
              <ul className="cards">
                {list.map((card) => (
                  <CardItem key={card.id} card={card} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </section>
  );
}

function CardItem({ card }: { card: Card }) {
  return (
    <li className="card info-card" data-kind={card.kind}>
      <p className="eyebrow">{KIND_LABELS[card.kind] ?? card.kind}</p>
      <h4>{card.title}</h4>
      <p>{card.body}</p>
    </li>
  );
}

/** Two lanes: where the scene is in the film, and where it is in the story. */
function StoryMarker({ scene, runtimeMs, sceneCount }: { scene: Scene; runtimeMs: number; sceneCount: number }) {
  if (scene.storyOrder === undefined || sceneCount < 2) return null;
  const filmShare = scene.startMs / runtimeMs;
  const storyShare = (Math.min(scene.storyOrder, sceneCount) - 1) / (sceneCount - 1);
  const describe = (share: number) => (share < 0.2 ? "near the start" : share < 0.4 ? "early" : share < 0.6 ? "in the middle" : share < 0.8 ? "late" : "near the end");
  return (
    <div className="story-marker" data-testid="story-marker">
      <p className="sr-only-text">
        In the film: {describe(filmShare)}. In the story: {describe(storyShare)} ({ordinal(scene.storyOrder)} of {sceneCount}).
      </p>
      <Lane label="Film" kind="film" share={filmShare} />
      <Lane label="Story" kind="story" share={storyShare} />
    </div>
  );
}

/** One lane of the story marker: a track with a dot at `share` of its length. */
function Lane({ label, kind, share }: { label: string; kind: "film" | "story"; share: number }) {
  return (
    <div className="lane" aria-hidden="true">
      <span className="lane-label">{label}</span>
      <span className="lane-track">
        <span className={`lane-dot ${kind}`} style={{ left: `${share * 100}%` }} />
      </span>
    </div>
  );
}

function groupByScene(cards: Card[], scenes: Scene[]) {
  const groups = new Map<string, Card[]>();
  for (const card of cards) {
    const key = card.sceneId ?? "";
    groups.set(key, [...(groups.get(key) ?? []), card]);
  }
  const order = new Map(scenes.map((s, i) => [s.id, i]));
  return [...groups.entries()]
    .map(([id, list]) => ({ scene: scenes.find((s) => s.id === id), cards: list.reverse() }))
    .sort((a, b) => (order.get(b.scene?.id ?? "") ?? -1) - (order.get(a.scene?.id ?? "") ?? -1));
}

const listNames = (names: string[]) =>
  names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

// The Lacuna record of a party, rendered on the server so it opens fast on a phone. It
// reads the JSON API of the same process (never server/ or db/ directly). Its links do not
// prefetch: a phone reading the record has no use for the next page's payload.
import type { Metadata } from "next";
import Link from "next/link";
import { formatPosition } from "../../../../core/cursor.ts";
import { normalizeRoomCode } from "../../../../core/room-code.ts";
import { MemoryMap } from "../../../components/MemoryMap.tsx";
import { Missing } from "../../../components/Missing.tsx";
import { PollResults } from "../../../components/PollResults.tsx";
import type { Recap } from "../../../../core/protocol.ts";
import { loadFromApi } from "../../../lib/server-api.ts";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "The Lacuna record — Montauk" };

const loadRecap = (code: string) => loadFromApi<Recap>(`/api/rooms/${encodeURIComponent(code)}/recap`);

export default async function RecapPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const code = normalizeRoomCode(raw);
  const recap = code ? await loadRecap(code) : null;
  if (!recap) return <Missing title="No record" message="There is no party with this code." />;
  const hosts = recap.members.filter((m) => m.role === "host");
  const guests = recap.members.filter((m) => m.role === "guest");
  return (
    <main className="page recap">
      <header>
        <p className="eyebrow">Lacuna, Inc. · the record of party {recap.code}</p>
        <h1 className="recap-title">
          {recap.film.title} <span className="year">({recap.film.year})</span>
        </h1>
        <p className="muted">
          {new Date(recap.createdAt).toUTCString().slice(0, 16)} · reached {formatPosition(recap.reachedMs)} of{" "}
          {formatPosition(recap.film.runtimeMs)}
        </p>
        <p className="recap-actions">
          <a className="button secondary" href={`/api/rooms/${recap.code}/recap.json`} download>
            Export JSON
          </a>
          <a className="button secondary" href={`/api/rooms/${recap.code}/recap.csv`} download>
            Export CSV
          </a>
          <Link className="button secondary" href={`/r/${recap.code}`} prefetch={false}>
            Back to the party
          </Link>
        </p>
      </header>

      <section className="card" aria-labelledby="recap-polls" data-testid="recap-polls">
        <h2 id="recap-polls">Polls</h2>
        {recap.polls.length === 0 && <p className="muted">No polls were asked.</p>}
        {recap.polls.map((p) => (
          <article key={p.id} className="recap-poll">
            <h3>
              {p.question} <span className="muted">· {p.voters} voted{p.status === "open" ? " · still open" : ""}</span>
            </h3>
            {p.hideResults && p.status === "open" ? <p className="muted">Results at close.</p> : <PollResults poll={p} />}
          </article>
        ))}
      </section>

      <MemoryMap
        memories={recap.memories}
        memoryCount={recap.film.memoryCount ?? recap.memories.length}
        positionMs={recap.reachedMs}
        runtimeMs={recap.film.runtimeMs}
        markers={recap.markers}
      />

      <section className="card" aria-labelledby="recap-markers" data-testid="recap-markers">
        <h2 id="recap-markers">Moments along the film</h2>
        {recap.markers.length === 0 && <p className="muted">Nobody marked a moment.</p>}
        <ol className="marker-list">
          {recap.markers.map((m) => (
            <li key={m.id}>
              <span className="marker-time">{formatPosition(m.positionMs)}</span>
              <span className="marker-body">
                {m.emoji && <span>{m.emoji} </span>}
                <strong>{m.name}</strong>
                {m.note && <span>: {m.note}</span>}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="recap-who">
        <h2 id="recap-who">Who came</h2>
        <p>
          {hosts.length > 0 && (
            <>
              Hosted by <strong>{hosts.map((h) => h.name).join(", ")}</strong>
              {guests.length > 0 ? ", with " : "."}
            </>
          )}
          {guests.map((g) => g.name).join(", ")}
          {guests.length > 0 && "."}
        </p>
      </section>
    </main>
  );
}

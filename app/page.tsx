// The home page, painted on the server with tonight's film; the two forms are the only
// client part (Lobby.tsx), so the first screen needs no request of its own and no React
// Query.
import type { FilmsResponse } from "../core/protocol.ts";
import { Lobby } from "./Lobby.tsx";
import { loadFromApi } from "./lib/server-api.ts";

export default async function HomePage() {
  const film = (await loadFromApi<FilmsResponse>("/api/films"))?.films[0];
  return (
    <main className="page">
      <header>
        <div className="brand">
          <h1>
            Montauk<span>.</span>
          </h1>
        </div>
        <p className="tagline">Watch a film together. Everyone follows the scene, its story and the polls on their phone.</p>
      </header>
      <Lobby />
      {film && (
        <p className="muted" data-testid="film">
          Tonight&apos;s film: <em>{film.title}</em> ({film.year})
        </p>
      )}
    </main>
  );
}

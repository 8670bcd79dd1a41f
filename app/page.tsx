import { Lobby } from "./Lobby.tsx";
import { Providers } from "./providers.tsx";

// React Query's provider lives with the pages that use it (here and the live room), not in
// the root layout, so the recap and the room's first load do not carry it.
export default function HomePage() {
  return (
    <Providers>
      <Lobby />
    </Providers>
  );
}

import { Lobby } from "./Lobby.tsx";

export default function HomePage() {
  return <Lobby />;
}

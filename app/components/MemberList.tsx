import type { Member } from "../../core/protocol.ts";

export function MemberList({
  members,
  online,
  meId,
  onMakeHost,
}: {
  members: Member[];
  online: number;
  meId: string;
  /** Given to the host: hands the host role to another member. */
  onMakeHost?: (member: Member) => void;
}) {
  // Online first, then in the order they joined.
  const sorted = [...members].sort((a, b) => Number(b.online) - Number(a.online));
  return (
    <section className="card" aria-labelledby="who-heading">
      <h2 id="who-heading">
        Who&apos;s here <span className="muted">· {online} online</span>
      </h2>
      <ul className="members" data-testid="members">
        {sorted.map((m) => (
          <li key={m.id} data-online={m.online}>
            <span className="dot" aria-hidden="true" />
            <span>{m.name}</span>
            {m.id === meId && <span className="badge">you</span>}
            {m.role === "host" && <span className="badge host">host</span>}
            <span className="visually-hidden">{m.online ? "online" : "away"}</span>
            {onMakeHost && m.id !== meId && m.role !== "host" && (
              <button type="button" className="secondary member-action" onClick={() => onMakeHost(m)}>
                Make host<span className="visually-hidden"> {m.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { afterEach, describe, expect, it, vi } from "vitest";
import { applyPresence } from "../../core/presence.ts";
import type { Member, Presence } from "../../core/protocol.ts";
import { PresenceBroadcaster } from "../../server/rooms/presence-broadcaster.ts";
import { PresenceTracker } from "../../server/rooms/presence.ts";
import { presenceOf } from "../../server/rooms/presence-view.ts";

const member = (id: string, online: boolean, role: Member["role"] = "guest"): Member => ({ id, name: id, role, online });

describe("applyPresence", () => {
  it("replaces changed members, appends new ones and takes the online count", () => {
    const snapshot = { members: [member("a", true, "host"), member("b", true)], online: 2 };
    const next = applyPresence(snapshot, { online: 2, members: [member("b", false), member("c", true)] });
    expect(next.members).toEqual([member("a", true, "host"), member("b", false), member("c", true)]);
    expect(next.online).toBe(2);
    expect(snapshot.members[1]!.online).toBe(true); // the input is left alone
  });
});

describe("PresenceTracker", () => {
  it("counts a member once however many sockets they have", () => {
    const p = new PresenceTracker();
    expect(p.add("r", "m", "s1")).toBe(true);
    expect(p.add("r", "m", "s2")).toBe(false);
    expect(p.online("r")).toBe(1);
    expect(p.remove("r", "m", "s1")).toBe(false);
    expect(p.isOnline("r", "m")).toBe(true);
    expect(p.remove("r", "m", "s2")).toBe(true);
    expect(p.online("r")).toBe(0);
    expect(p.activeRooms()).toBe(0);
    expect(p.remove("r", "m", "s2")).toBe(false);
  });
});

describe("PresenceBroadcaster", () => {
  afterEach(() => vi.useRealTimers());

  /** A deployment's view made of the given online member ids. */
  const viewOf = (ids: Set<string>) => async () => presenceOf(ids);

  it("coalesces a burst into one message and spaces messages by the interval", async () => {
    vi.useFakeTimers();
    const sent: Presence[] = [];
    const online = new Set<string>();
    const b = new PresenceBroadcaster(1000, viewOf(online), (_room, p) => sent.push(p));
    for (const id of ["a", "b", "c"]) {
      online.add(id);
      b.changed("r", member(id, true));
    }
    await vi.advanceTimersByTimeAsync(30);
    expect(sent).toEqual([{ online: 3, members: [member("a", true), member("b", true), member("c", true)] }]);

    online.delete("c");
    b.changed("r", member("a", false));
    b.changed("r", member("a", true));
    b.changed("r", member("c", false));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1); // still inside the interval
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ online: 2, members: [member("a", true), member("c", false)] });
    b.stop();
  });

  it("reports a member by the deployment's view: offline here, online through another process", async () => {
    vi.useFakeTimers();
    const sent: Presence[] = [];
    const b = new PresenceBroadcaster(50, viewOf(new Set(["a", "b"])), (_room, p) => sent.push(p));
    b.changed("r", member("a", false)); // a's phone left this process, a's laptop is on another
    await vi.advanceTimersByTimeAsync(30);
    expect(sent).toEqual([{ online: 2, members: [member("a", true)] }]);
    b.stop();
  });
});

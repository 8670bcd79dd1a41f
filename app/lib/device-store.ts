// What this device remembers: the name last used, and per room the member token, so a
// reload or a later visit is the same member. Stored in localStorage, never sent anywhere
// but the room it belongs to. A cookie holding no secret, only "this phone has joined this
// party", lets the server paint the right first screen: the name form for a newcomer, the
// party for a member coming back.
export interface StoredMember {
  memberToken: string;
  memberId: string;
  name: string;
}

const memberKey = (code: string) => `montauk.member.${code.toUpperCase()}`;
const NAME_KEY = "montauk.name";
/** Read by the room page on the server (app/r/[code]/page.tsx). */
export const joinedCookie = (code: string) => `montauk.joined.${code.toUpperCase()}`;
const MONTH_S = 60 * 60 * 24 * 30;

function setJoinedCookie(code: string, joined: boolean): void {
  if (typeof document === "undefined") return;
  const maxAge = joined ? MONTH_S : 0;
  document.cookie = `${joinedCookie(code)}=1; path=/; max-age=${maxAge}; samesite=lax`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined; // private mode on some phones throws on access
  }
}

export const deviceStore = {
  member(code: string): StoredMember | undefined {
    const raw = storage()?.getItem(memberKey(code));
    if (!raw) return undefined;
    try {
      const value = JSON.parse(raw) as StoredMember;
      return typeof value.memberToken === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  },
  saveMember(code: string, member: StoredMember): void {
    storage()?.setItem(memberKey(code), JSON.stringify(member));
    storage()?.setItem(NAME_KEY, member.name);
    setJoinedCookie(code, true);
  },
  forgetMember(code: string): void {
    storage()?.removeItem(memberKey(code));
    setJoinedCookie(code, false);
  },
  lastName(): string {
    return storage()?.getItem(NAME_KEY) ?? "";
  },
};

// What this device remembers: the name last used, and per room the member token, so a
// reload or a later visit is the same member. Stored in localStorage, never sent anywhere
// but the room it belongs to.
export interface StoredMember {
  memberToken: string;
  memberId: string;
  name: string;
}

const memberKey = (code: string) => `montauk.member.${code.toUpperCase()}`;
const NAME_KEY = "montauk.name";

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
  },
  forgetMember(code: string): void {
    storage()?.removeItem(memberKey(code));
  },
  lastName(): string {
    return storage()?.getItem(NAME_KEY) ?? "";
  },
};

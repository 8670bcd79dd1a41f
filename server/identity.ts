// Member tokens: 256 random bits, given to the member once and stored only as a SHA-256
// hash, so a leaked database does not let anyone act as a member.
import { createHash, randomBytes, randomUUID } from "node:crypto";

export function newMemberToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const newId = (): string => randomUUID();

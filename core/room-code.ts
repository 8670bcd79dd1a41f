import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from "./constants.ts";

/** Fills a byte array with randomness; the default is the platform's CSPRNG. */
export type RandomBytes = (length: number) => Uint8Array;

const cryptoBytes: RandomBytes = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));

// Rejection sampling keeps every letter equally likely: bytes at or above the largest
// multiple of the alphabet size below 256 are thrown away instead of wrapped with `%`.
const LIMIT = 256 - (256 % ROOM_CODE_ALPHABET.length);

/** A new 6-character room code from the look-alike-free alphabet. */
export function makeRoomCode(random: RandomBytes = cryptoBytes): string {
  let code = "";
  while (code.length < ROOM_CODE_LENGTH) {
    for (const byte of random(ROOM_CODE_LENGTH * 2)) {
      if (byte >= LIMIT) continue;
      code += ROOM_CODE_ALPHABET[byte % ROOM_CODE_ALPHABET.length];
      if (code.length === ROOM_CODE_LENGTH) break;
    }
  }
  return code;
}

const PATTERN = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** The canonical (upper-case) code, or null when the text cannot be a room code. The same
 *  rule as roomCodeSchema, without zod, so the lobby's bundle stays small. */
export function normalizeRoomCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return PATTERN.test(code) ? code : null;
}

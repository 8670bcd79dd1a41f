// Constants of the protocol that the app needs at run time. Kept free of zod so that the
// phone's bundle does not carry the schemas (the server parses; the app only renders).

/** Room codes avoid look-alikes: no 0/O, no 1/I/L. */
export const ROOM_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const ROOM_CODE_LENGTH = 6;

/** The reactions a marker may carry (a short fixed set: shown large, read aloud by name). */
export const MARKER_EMOJI = ["❤️", "😂", "😢", "😮", "🤯", "🍊", "❄️", "🐘"] as const;

/** The request header in which the server hands a page its response's script nonce
 * (server/http/security-headers.ts sets it, app/layout.tsx reads it). */
export const NONCE_HEADER = "x-montauk-nonce";

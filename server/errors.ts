import type { ErrorBody, ErrorCode } from "../core/protocol.ts";

/** An error meant for the client: its code and message go into the ack or the response. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** The HTTP status that fits each error code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_payload: 400,
  unsupported_protocol: 400,
  room_not_found: 404,
  not_joined: 403,
  forbidden: 403,
  not_found: 404,
  poll_closed: 409,
  invalid_option: 400,
  rate_limited: 429,
  internal: 500,
};

/** One line naming what was wrong with a payload, from a zod error. */
export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
    .join("; ");
}

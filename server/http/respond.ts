import type { IncomingMessage, ServerResponse } from "node:http";
import { LIMITS } from "../../core/protocol.ts";
import { AppError, HTTP_STATUS } from "../errors.ts";

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: AppError, status = HTTP_STATUS[error.code]): void {
  sendJson(res, status, { error: error.toBody() });
}

/** Thrown by readJson when the body is over the limit; answered with 413. */
export class TooLarge extends AppError {
  constructor() {
    super("invalid_payload", `the body is larger than ${LIMITS.maxMessageBytes} bytes`);
  }
}

/**
 * Reads a JSON body of at most 16 KiB. Stops reading as soon as the limit is passed, so a
 * huge upload costs no more memory than the limit.
 */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > LIMITS.maxMessageBytes) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMITS.maxMessageBytes) throw new TooLarge();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) throw new AppError("invalid_payload", "the body must be a JSON object");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_payload", "the body is not valid JSON");
  }
}

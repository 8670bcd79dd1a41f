// The one wrapper every client event goes through: validate → authorize → act → ack.
// It guarantees exactly one acknowledgement per event, maps errors to PROTOCOL.md's
// shapes, never lets a handler's failure reach the process, and records metrics.
import type { AckData, ClientEventName, ParsedPayload } from "../../core/protocol.ts";
import { clientPayloadSchemas } from "../../core/schemas.ts";
import { AppError, describeIssues } from "../errors.ts";
import type { Metrics } from "../metrics.ts";
import { EVENT_BURST, EVENTS_PER_SECOND, TokenBucket } from "./rate-limit.ts";
import type { Session } from "../rooms/room-service.ts";
import type { AppSocket } from "./types.ts";

/** Who may send an event: anyone, a member of a room, or the room's host. */
export type Access = "anyone" | "member" | "host";

type Handler<E extends ClientEventName, A extends Access> = (
  payload: ParsedPayload<E>,
  session: A extends "anyone" ? Session | undefined : Session,
) => AckData[E] | Promise<AckData[E]>;

export interface HandleContext {
  metrics: Metrics;
  log: (message: string, error?: unknown) => void;
}

// One bucket per socket, shared by all its events; it goes with the socket.
const buckets = new WeakMap<AppSocket, TokenBucket>();
function allowed(socket: AppSocket): boolean {
  let bucket = buckets.get(socket);
  if (!bucket) buckets.set(socket, (bucket = new TokenBucket(EVENT_BURST, EVENTS_PER_SECOND)));
  return bucket.take();
}

export function handle<E extends ClientEventName, A extends Access>(
  socket: AppSocket,
  ctx: HandleContext,
  event: E,
  access: A,
  handler: Handler<E, A>,
): void {
  const schema = clientPayloadSchemas[event];
  // Socket.IO's typed `on` cannot see through the mapped event type; the listener below
  // takes raw arguments on purpose, since nothing a client sends is trusted.
  (socket.on as (event: string, listener: (...args: unknown[]) => void) => void)(event, async (...args) => {
    const startedAt = performance.now();
    const ack = args.at(-1);
    if (typeof ack !== "function") {
      ctx.metrics.observe(event, "no_ack", startedAt);
      return; // PROTOCOL.md: an event without a callback changes nothing.
    }
    const reply = ack as (response: unknown) => void;
    if (!allowed(socket)) {
      reply({ ok: false, error: { code: "rate_limited", message: "too many messages; slow down" } });
      ctx.metrics.observe(event, "limited", startedAt);
      return;
    }

    const parsed = schema.safeParse(args.length > 1 ? args[0] : undefined);
    if (!parsed.success) {
      reply({ ok: false, error: { code: "invalid_payload", message: describeIssues(parsed.error.issues) } });
      ctx.metrics.observe(event, "invalid", startedAt);
      return;
    }
    try {
      const session = authorize(socket, access);
      const data = await handler(parsed.data as ParsedPayload<E>, session as Session);
      reply({ ok: true, data });
      ctx.metrics.observe(event, "ok", startedAt);
    } catch (error) {
      if (error instanceof AppError) {
        reply({ ok: false, error: error.toBody() });
      } else {
        ctx.log(`${event} failed`, error);
        reply({ ok: false, error: { code: "internal", message: "something went wrong on the server" } });
      }
      ctx.metrics.observe(event, "error", startedAt);
    }
  });
}

function authorize(socket: AppSocket, access: Access): Session | undefined {
  const session = socket.data.session;
  if (access === "anyone") return session;
  if (!session) throw new AppError("not_joined", "join a room first");
  if (access === "host" && session.member.role !== "host") {
    throw new AppError("forbidden", "only the host can do this");
  }
  return session;
}

/**
 * Answers events that no handler is registered for (a typo, an event of a newer protocol)
 * so a client waiting on its acknowledgement hears back at once instead of timing out.
 */
export function answerUnknownEvents(socket: AppSocket, ctx: HandleContext): void {
  socket.onAny((event: string, ...args: unknown[]) => {
    if (socket.listeners(event as never).length > 0) return;
    const ack = args.at(-1);
    if (!allowed(socket)) return; // a flood of unknown events is not answered either
    ctx.metrics.observe("unknown", "invalid", performance.now());
    if (typeof ack === "function") {
      ack({ ok: false, error: { code: "invalid_payload", message: `unknown event "${String(event).slice(0, 50)}"` } });
    }
  });
}

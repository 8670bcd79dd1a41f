import type { PollService } from "../polls/poll-service.ts";
import type { HandleContext } from "./handle.ts";
import { handle } from "./handle.ts";
import type { AppSocket } from "./types.ts";

/** `poll:create`, `poll:open`, `poll:close` (host) and `poll:vote` (any member). */
export function registerPollHandlers(socket: AppSocket, ctx: HandleContext, polls: PollService): void {
  handle(socket, ctx, "poll:create", "host", async (payload, session) => ({ poll: await polls.create(session, payload) }));
  handle(socket, ctx, "poll:open", "host", async ({ pollId }, session) => ({ poll: await polls.open(session, pollId) }));
  handle(socket, ctx, "poll:close", "host", async ({ pollId }, session) => ({ poll: await polls.close(session, pollId) }));
  handle(socket, ctx, "poll:vote", "member", ({ pollId, optionIds }, session) => polls.vote(session, pollId, optionIds));
}

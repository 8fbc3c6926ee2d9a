import { tracked } from '@trpc/server';
import type { ChatEvent } from '../schemas/chat-event.js';
import {
  chatEventsInput,
  chatIdInput,
  chatListInput,
  chatMessagesInput,
  regenerateInput,
  renameChatInput,
  runInput,
  sendMessageInput,
} from '../schemas/chat.js';
import { authedProcedure, router } from '../trpc.js';

/**
 * What a subscriber receives for a `tracked` event. tRPC's own envelope type
 * carries a private symbol that declaration files cannot name; this is the
 * shape the client infers from it, so client types are the same.
 */
export interface TrackedChatEvent {
  id: string;
  data: ChatEvent;
}

export const chatRouter = router({
  /** Starts an answer and returns at once; stream it with `chat.events`. */
  send: authedProcedure
    .input(sendMessageInput)
    .mutation(({ ctx, input }) => ctx.services.chat.send(ctx.user, input)),

  /**
   * A run's events, each `tracked` so a reconnect passes `lastEventId` and
   * gets exactly what it missed. Leaving does not stop the run.
   */
  events: authedProcedure.input(chatEventsInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }): AsyncGenerator<TrackedChatEvent, void, undefined> {
    for await (const { id, event } of ctx.services.chat.events(ctx.user, input, signal)) {
      yield tracked(id, event) as unknown as TrackedChatEvent;
    }
  }),

  stop: authedProcedure
    .input(runInput)
    .mutation(({ ctx, input }) => ctx.services.chat.stop(ctx.user, input)),

  regenerate: authedProcedure
    .input(regenerateInput)
    .mutation(({ ctx, input }) => ctx.services.chat.regenerate(ctx.user, input)),

  list: authedProcedure
    .input(chatListInput)
    .query(({ ctx, input }) => ctx.services.chat.list(ctx.user, input)),

  messages: authedProcedure
    .input(chatMessagesInput)
    .query(({ ctx, input }) => ctx.services.chat.messages(ctx.user, input)),

  rename: authedProcedure
    .input(renameChatInput)
    .mutation(({ ctx, input }) => ctx.services.chat.rename(ctx.user, input)),

  delete: authedProcedure
    .input(chatIdInput)
    .mutation(({ ctx, input }) => ctx.services.chat.delete(ctx.user, input)),
});

import { useCallback } from 'react';
import { trpc } from '@enox/app-kit';
import { followRun } from './run-follower';
import { messagesInput } from './messages-cache';

/**
 * Starts (or joins) the stream of a run. When it ends, the server's copy of
 * the chat, the history list (titles, order) and the usage figures are refreshed.
 */
export function useFollowRun() {
  const utils = trpc.useUtils();
  return useCallback(
    (runId: string, chatId: string | null) => {
      followRun(utils.client, runId, chatId, (state) => {
        const settledChat = state.chatId ?? chatId;
        if (settledChat) void utils.chat.messages.invalidate(messagesInput(settledChat));
        void utils.chat.list.invalidate();
        void utils.models.usage.invalidate();
        void utils.usage.summary.invalidate();
      });
    },
    [utils],
  );
}

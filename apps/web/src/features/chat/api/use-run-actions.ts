import type { AgentDraftInput, AspectRatio } from '@enox/contracts';
import { toast } from '@enox/ui';
import { useCallback } from 'react';
import { readAppError, trpc } from '@enox/app-kit';
import { appendMessages, removeMessage, streamingPlaceholder } from './messages-cache';
import { useFollowRun } from './use-follow-run';

export interface RegenerateOptions {
  modelId: string;
  thinking: boolean;
  options?: { aspectRatio?: AspectRatio; voice?: string };
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  agentDraft?: AgentDraftInput;
}

/** Stop a streaming answer; regenerate the last one (it replaces the old answer). */
export function useRunActions(chatId: string | null) {
  const utils = trpc.useUtils();
  const follow = useFollowRun();
  const { mutate: stopRun } = trpc.chat.stop.useMutation({
    onError: (error) => toast.error('Could not stop the answer', readAppError(error).message),
  });
  const { mutate: regenerateRun, isPending: regenerating } = trpc.chat.regenerate.useMutation();

  const stop = useCallback((runId: string) => stopRun({ runId }), [stopRun]);

  const regenerate = useCallback(
    (replacedMessageId: string | null, options: RegenerateOptions) => {
      if (!chatId) return;
      regenerateRun(
        { chatId, ...options },
        {
          onSuccess: ({ runId }) => {
            if (replacedMessageId) removeMessage(utils, chatId, replacedMessageId);
            appendMessages(utils, chatId, [
              streamingPlaceholder(runId, chatId, options.modelId, new Date().toISOString()),
            ]);
            follow(runId, chatId);
          },
          onError: (error) =>
            toast.error('Could not regenerate the answer', readAppError(error).message),
        },
      );
    },
    [chatId, follow, regenerateRun, utils],
  );

  return { stop, regenerate, regenerating };
}

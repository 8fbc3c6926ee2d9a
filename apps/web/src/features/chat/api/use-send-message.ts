import type { Message, SendMessageInput } from '@enox/contracts';
import { useCallback } from 'react';
import { readAppError, trpc } from '@enox/app-kit';
import { NEW_CHAT_KEY, usePendingStore, type PendingSend } from '../stores/pending-store';
import { storedUserContent } from '../utils/user-content';
import { appendMessages, streamingPlaceholder } from './messages-cache';
import { useFollowRun } from './use-follow-run';

export interface OutgoingAttachment {
  name: string;
  mimeType: string;
  size: number;
  /** Base64, without a data: prefix. */
  data: string;
}

export interface SendOptions {
  /** Called with the id of a chat the message created. */
  onChatCreated?: (chatId: string) => void;
}

/**
 * Sends a message: shows it at once (with the answer's caret), then, when the
 * server has it, writes both messages into the chat's cached history and
 * follows the answer's stream. A refused message stays on screen with the
 * reason and a retry.
 */
export function useSendMessage(chatId: string | null, options: SendOptions = {}) {
  const utils = trpc.useUtils();
  const follow = useFollowRun();
  const { mutate, isPending } = trpc.chat.send.useMutation();
  const chatKey = chatId ?? NEW_CHAT_KEY;
  const setPending = usePendingStore((state) => state.set);
  const { onChatCreated } = options;

  const submit = useCallback(
    (input: SendMessageInput, display: Pick<PendingSend, 'text' | 'attachments'>) => {
      const pending: PendingSend = { ...display, status: 'sending', error: null, input };
      setPending(chatKey, pending);
      const sentAt = Date.now();
      mutate(input, {
        onSuccess: (sent) => {
          const userMessage: Message = {
            id: sent.userMessageId,
            chatId: sent.chatId,
            role: 'user',
            content: storedUserContent(display.text, display.attachments),
            thinking: null,
            thinkingMs: null,
            status: 'complete',
            modelId: input.modelId,
            usage: null,
            media: [],
            error: null,
            createdAt: new Date(sentAt).toISOString(),
          };
          const answer = streamingPlaceholder(
            sent.runId,
            sent.chatId,
            input.modelId,
            new Date(sentAt + 1).toISOString(),
          );
          appendMessages(utils, sent.chatId, [userMessage, answer]);
          follow(sent.runId, sent.chatId);
          setPending(chatKey, undefined);
          void utils.chat.list.invalidate();
          if (!input.chatId) onChatCreated?.(sent.chatId);
        },
        onError: (error) => {
          setPending(chatKey, { ...pending, status: 'failed', error: readAppError(error) });
        },
      });
    },
    [chatKey, follow, mutate, onChatCreated, setPending, utils],
  );

  const send = useCallback(
    (
      request: Omit<SendMessageInput, 'attachments' | 'chatId'>,
      attachments: readonly OutgoingAttachment[] = [],
    ) => {
      const input: SendMessageInput = {
        ...request,
        ...(chatId ? { chatId } : {}),
        ...(attachments.length > 0
          ? {
              attachments: attachments.map(({ name, mimeType, data }) => ({
                name,
                mimeType,
                data,
              })),
            }
          : {}),
      };
      submit(input, {
        text: request.message,
        attachments: attachments.map(({ name, mimeType, size }) => ({ name, mimeType, size })),
      });
    },
    [chatId, submit],
  );

  const pending = usePendingStore((state) => state.byChat[chatKey]);
  const retry = useCallback(() => {
    if (pending) submit(pending.input, pending);
  }, [pending, submit]);
  const dismiss = useCallback(() => setPending(chatKey, undefined), [chatKey, setPending]);

  return { send, retry, dismiss, isSending: isPending };
}

import type { Message } from '@enox/contracts';
import { useMemo } from 'react';
import { trpc } from '@enox/app-kit';
import { messagesInput } from './messages-cache';

/** A chat's history, newest page first from the server, flattened oldest-first. */
export function useChatMessages(chatId: string | null) {
  const query = trpc.chat.messages.useInfiniteQuery(messagesInput(chatId ?? ''), {
    enabled: chatId !== null,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 10_000,
  });
  const messages = useMemo<Message[]>(
    () => (query.data ? [...query.data.pages].reverse().flatMap((page) => page.items) : []),
    [query.data],
  );
  return { ...query, messages };
}

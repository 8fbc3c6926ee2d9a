import { useMemo } from 'react';
import { chatListInput } from '../../../lib/chat-list';
import { trpc } from '@enox/app-kit';

/** The history, newest first, page after page as the list scrolls; filtered by title. */
export function useChatList(search: string) {
  const query = trpc.chat.list.useInfiniteQuery(chatListInput(search), {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const chats = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return { ...query, chats };
}

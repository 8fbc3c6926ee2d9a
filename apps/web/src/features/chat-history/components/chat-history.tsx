import type { ChatSummary } from '@enox/contracts';
import { EmptyState, Spinner, useSidebar } from '@enox/ui';
import { MessagesSquare } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDebounced } from '../../../lib/use-debounced';
import { useChatList } from '../api/use-chat-list';
import { useHistorySearch } from '../stores/history-search-store';
import { groupChatsByDate } from '../utils/group-chats';
import { ChatHistoryItem } from './chat-history-item';
import { DeleteChatDialog } from './delete-chat-dialog';
import { RenameChatDialog } from './rename-chat-dialog';

/** The sidebar's history: grouped by day, searched by title, more pages as it scrolls. */
export function ChatHistory() {
  const { collapsed } = useSidebar();
  const search = useDebounced(useHistorySearch((state) => state.search.trim()));
  const list = useChatList(search);
  const groups = useMemo(() => groupChatsByDate(list.chats, new Date()), [list.chats]);
  const [renaming, setRenaming] = useState<ChatSummary | null>(null);
  const [deleting, setDeleting] = useState<ChatSummary | null>(null);
  const onRename = useCallback((chat: ChatSummary) => setRenaming(chat), []);
  const onDelete = useCallback((chat: ChatSummary) => setDeleting(chat), []);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry?.isIntersecting && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (collapsed) return null;
  if (list.isPending) {
    return (
      <div className="flex flex-col gap-2 px-2.5 pt-2" aria-busy="true">
        {[70, 55, 80, 60].map((width) => (
          <div
            key={width}
            className="h-4 animate-pulse rounded bg-white/5"
            style={{ width: `${width}%` }}
          />
        ))}
      </div>
    );
  }
  if (list.chats.length === 0) {
    return (
      <section aria-label="Chat history" className="w-full">
        <EmptyState
          size="compact"
          headingLevel="h2"
          icon={<MessagesSquare />}
          title={search ? 'No matching chats' : 'No chats yet'}
          description={
            search ? `Nothing matches “${search}”.` : 'Your conversations will appear here.'
          }
        />
      </section>
    );
  }
  return (
    <nav aria-label="Chat history" className="w-full">
      {groups.map((group) => (
        <section key={group.label} aria-label={group.label} className="mb-2">
          <h2 className="px-2.5 pt-2 pb-1 text-xs font-medium text-fg-subtle">{group.label}</h2>
          <ul className="flex flex-col gap-px">
            {group.chats.map((chat) => (
              <ChatHistoryItem key={chat.id} chat={chat} onRename={onRename} onDelete={onDelete} />
            ))}
          </ul>
        </section>
      ))}
      <div ref={sentinel} className="flex h-6 justify-center">
        {isFetchingNextPage ? <Spinner size="sm" label="Loading more chats" /> : null}
      </div>
      <RenameChatDialog chat={renaming} onClose={() => setRenaming(null)} />
      <DeleteChatDialog chat={deleting} onClose={() => setDeleting(null)} />
    </nav>
  );
}

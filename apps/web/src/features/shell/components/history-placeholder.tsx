import { EmptyState, useSidebar } from '@enox/ui';
import { MessagesSquare } from 'lucide-react';
import { useShellStore } from '../stores/shell-store';

/** The history list until chats exist: a calm note instead of an empty void. */
export function HistoryPlaceholder() {
  const { collapsed } = useSidebar();
  const search = useShellStore((state) => state.search.trim());
  if (collapsed) return null;
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

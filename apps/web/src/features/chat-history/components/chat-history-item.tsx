import type { ChatSummary } from '@enox/contracts';
import {
  cn,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
  useSidebar,
} from '@enox/ui';
import { Ellipsis, Pencil, Trash2 } from 'lucide-react';
import { memo } from 'react';
import { NavLink } from 'react-router';

export interface ChatHistoryItemProps {
  chat: ChatSummary;
  onRename: (chat: ChatSummary) => void;
  onDelete: (chat: ChatSummary) => void;
}

/** A chat in the history: a link, and a menu to rename or delete it. */
export const ChatHistoryItem = memo(function ChatHistoryItem({
  chat,
  onRename,
  onDelete,
}: ChatHistoryItemProps) {
  const { isMobile, setMobileOpen } = useSidebar();
  return (
    <li data-testid="chat-history-item" className="group/item relative">
      <NavLink
        to={`/c/${chat.id}`}
        onClick={() => {
          if (isMobile) setMobileOpen(false);
        }}
        className={({ isActive }) =>
          cn(
            'flex h-9 items-center rounded-md pr-9 pl-2.5 text-sm text-fg-muted transition-colors hover:bg-white/6 hover:text-fg max-md:h-11',
            isActive && 'bg-white/8 text-fg',
          )
        }
      >
        <span className="truncate">{chat.title}</span>
      </NavLink>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <button
            type="button"
            aria-label={`Options for ${chat.title}`}
            className={cn(
              'absolute top-1/2 right-1 flex size-7 -translate-y-1/2 items-center justify-center rounded-md text-fg-subtle hover:bg-white/8 hover:text-fg max-md:size-10',
              'focus-visible:opacity-100 data-[state=open]:opacity-100 [@media(hover:hover)]:opacity-0 [@media(hover:hover)]:group-hover/item:opacity-100',
            )}
          >
            <Ellipsis aria-hidden="true" className="size-4" />
          </button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="min-w-40">
          <DropdownMenuItem icon={<Pencil />} onSelect={() => onRename(chat)}>
            Rename
          </DropdownMenuItem>
          <DropdownMenuItem icon={<Trash2 />} variant="danger" onSelect={() => onDelete(chat)}>
            Delete
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </li>
  );
});

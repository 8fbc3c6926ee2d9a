import { Input, SidebarItem, useSidebar } from '@enox/ui';
import { Search } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useHistorySearch } from '../stores/history-search-store';

/** Filters the history by title. Collapsed, it is an icon that opens the sidebar and focuses the field. */
export function ChatSearch() {
  const { collapsed, setCollapsed } = useSidebar();
  const search = useHistorySearch((state) => state.search);
  const setSearch = useHistorySearch((state) => state.setSearch);
  const inputRef = useRef<HTMLInputElement>(null);
  const [focusAfterExpand, setFocusAfterExpand] = useState(false);

  useEffect(() => {
    if (!collapsed && focusAfterExpand) {
      inputRef.current?.focus();
      setFocusAfterExpand(false);
    }
  }, [collapsed, focusAfterExpand]);

  if (collapsed) {
    return (
      <SidebarItem
        icon={<Search />}
        label="Search chats"
        onClick={() => {
          setFocusAfterExpand(true);
          setCollapsed(false);
        }}
      />
    );
  }

  return (
    <div role="search" className="px-0.5">
      <Input
        ref={inputRef}
        type="search"
        aria-label="Search chats"
        placeholder="Search chats"
        leadingIcon={<Search />}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        inputSize="sm"
      />
    </div>
  );
}

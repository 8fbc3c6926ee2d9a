import {
  Logo,
  SidebarBody,
  SidebarCollapseButton,
  SidebarFooter,
  SidebarHeader,
  SidebarItem,
  useSidebar,
} from '@enox/ui';
import { SquarePen } from 'lucide-react';
import { Link, useNavigate } from 'react-router';
import { ChatSearch } from './chat-search';
import { HistoryPlaceholder } from './history-placeholder';
import { UserMenu } from './user-menu';

export function ShellSidebar() {
  const { collapsed } = useSidebar();
  const navigate = useNavigate();
  return (
    <>
      <SidebarHeader>
        {collapsed ? null : (
          <Link
            to="/"
            aria-label="Enox home"
            className="mr-auto flex items-center rounded-md max-md:min-h-11"
          >
            <Logo />
          </Link>
        )}
        <SidebarCollapseButton />
      </SidebarHeader>
      <div
        className={
          collapsed ? 'flex flex-col items-center gap-1 pb-1' : 'flex flex-col gap-2 px-2 pb-1'
        }
      >
        <SidebarItem
          icon={<SquarePen />}
          label="New chat"
          emphasis="strong"
          onClick={() => void navigate('/')}
        />
        <ChatSearch />
      </div>
      <SidebarBody>
        <HistoryPlaceholder />
      </SidebarBody>
      <SidebarFooter>
        <UserMenu />
      </SidebarFooter>
    </>
  );
}

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
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ShellNav } from './shell-nav';
import { UserMenu } from './user-menu';

export interface ShellSidebarProps {
  /** The chat search field (from the history feature). */
  search: ReactNode;
  /** The chat history list. */
  history: ReactNode;
}

export function ShellSidebar({ search, history }: ShellSidebarProps) {
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
          data-testid="new-chat"
          onClick={() => void navigate('/')}
        />
        {search}
        <ShellNav />
      </div>
      <SidebarBody>{history}</SidebarBody>
      <SidebarFooter>
        <UserMenu />
      </SidebarFooter>
    </>
  );
}

import { AppShell } from '@enox/ui';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useShellStore } from '../stores/shell-store';
import { MobileTopBar } from './mobile-top-bar';
import { ShellSidebar } from './shell-sidebar';

export interface ShellLayoutProps {
  search: ReactNode;
  history: ReactNode;
}

/** The signed-in frame: sidebar (drawer on phones) and the page in the main column. */
export function ShellLayout({ search, history }: ShellLayoutProps) {
  const collapsed = useShellStore((state) => state.sidebarCollapsed);
  const setCollapsed = useShellStore((state) => state.setSidebarCollapsed);
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-popover px-3 py-2 text-sm focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <AppShell
        data-testid="app-shell"
        sidebarLabel="Chats"
        sidebar={<ShellSidebar search={search} history={history} />}
        collapsed={collapsed}
        onCollapsedChange={setCollapsed}
      >
        <MobileTopBar />
        <main
          id="main"
          tabIndex={-1}
          className="flex min-h-0 flex-1 flex-col overflow-y-auto focus:outline-none"
        >
          <Outlet />
        </main>
      </AppShell>
    </>
  );
}

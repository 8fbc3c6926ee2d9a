import { AppShell } from '@enox/ui';
import { Outlet } from 'react-router';
import { useShellStore } from '../stores/shell-store';
import { AdminSidebar } from './admin-sidebar';
import { AdminTopBar } from './admin-top-bar';

/** The console frame: section navigation, top bar, and the page. */
export function AdminLayout() {
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
        data-testid="admin-shell"
        sidebarLabel="Admin navigation"
        sidebar={<AdminSidebar />}
        collapsed={collapsed}
        onCollapsedChange={setCollapsed}
      >
        <AdminTopBar />
        <main id="main" tabIndex={-1} className="min-h-0 flex-1 overflow-y-auto focus:outline-none">
          <div className="mx-auto w-full max-w-6xl px-4 py-6 md:px-8 md:py-8">
            <Outlet />
          </div>
        </main>
      </AppShell>
    </>
  );
}

import { SidebarMobileTrigger } from '@enox/ui';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { sectionForPath } from '../../../config/sections';
import { AdminUserMenu } from './admin-user-menu';

/** Where you are, and who you are. */
export function AdminTopBar() {
  const { pathname } = useLocation();
  const label = sectionForPath(pathname)?.label ?? 'Page not found';

  useEffect(() => {
    document.title = `${label} · Enox Admin`;
    return () => {
      document.title = 'Enox Admin';
    };
  }, [label]);

  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-line px-2 pt-[env(safe-area-inset-top)] md:px-6">
      <SidebarMobileTrigger />
      <p className="min-w-0 flex-1 truncate text-sm font-medium text-fg">
        <span className="text-fg-subtle">Admin</span>
        <span aria-hidden="true" className="mx-2 text-fg-subtle">
          /
        </span>
        {label}
      </p>
      <AdminUserMenu />
    </header>
  );
}

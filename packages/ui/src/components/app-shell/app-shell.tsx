import { useEffect, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { useControllableState } from '../../hooks/use-controllable-state';
import { DESKTOP_QUERY, useMediaQuery } from '../../hooks/use-media-query';
import { cn } from '../../lib/cn';
import { Sheet, SheetContent, SheetTitle } from '../sheet';
import { SidebarContext, type SidebarState } from './sidebar-context';

export interface AppShellProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Sidebar content (header, body, footer); docked from md up, a drawer below. */
  sidebar: ReactNode;
  /** Names the sidebar landmark and the phone drawer. */
  sidebarLabel: string;
  collapsed?: boolean;
  defaultCollapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
  mobileOpen?: boolean;
  onMobileOpenChange?: (open: boolean) => void;
  /** The main column: a top bar (with a `SidebarMobileTrigger`) and the page. */
  children: ReactNode;
}

/** Full-height layout: a collapsible sidebar and a main column that scrolls on its own. */
export function AppShell({
  sidebar,
  sidebarLabel,
  collapsed: collapsedProp,
  defaultCollapsed = false,
  onCollapsedChange,
  mobileOpen: mobileOpenProp,
  onMobileOpenChange,
  className,
  children,
  ...props
}: AppShellProps) {
  const isDesktop = useMediaQuery(DESKTOP_QUERY, true);
  const [collapsed, setCollapsed] = useControllableState(
    collapsedProp,
    defaultCollapsed,
    onCollapsedChange,
  );
  const [mobileOpen, setMobileOpen] = useControllableState(
    mobileOpenProp,
    false,
    onMobileOpenChange,
  );

  // Growing past the phone layout closes the drawer, so it does not pop back later.
  useEffect(() => {
    if (isDesktop && mobileOpen) setMobileOpen(false);
  }, [isDesktop, mobileOpen, setMobileOpen]);

  const state = useMemo<SidebarState>(
    () => ({
      collapsed: isDesktop && collapsed,
      setCollapsed,
      isMobile: !isDesktop,
      mobileOpen: !isDesktop && mobileOpen,
      setMobileOpen,
    }),
    [isDesktop, collapsed, setCollapsed, mobileOpen, setMobileOpen],
  );

  return (
    <SidebarContext.Provider value={state}>
      <div className={cn('flex h-dvh overflow-hidden bg-canvas text-fg', className)} {...props}>
        {isDesktop ? (
          <aside
            aria-label={sidebarLabel}
            data-collapsed={state.collapsed}
            className={cn(
              'flex shrink-0 flex-col overflow-hidden border-r border-line bg-surface',
              'transition-[width] duration-200 ease-out',
              state.collapsed ? 'w-16' : 'w-64',
            )}
          >
            {sidebar}
          </aside>
        ) : (
          <Sheet open={state.mobileOpen} onOpenChange={setMobileOpen}>
            <SheetContent side="left" showClose={false} aria-describedby={undefined}>
              <SheetTitle className="sr-only">{sidebarLabel}</SheetTitle>
              {sidebar}
            </SheetContent>
          </Sheet>
        )}
        <div className="flex min-w-0 flex-1 flex-col">{children}</div>
      </div>
    </SidebarContext.Provider>
  );
}

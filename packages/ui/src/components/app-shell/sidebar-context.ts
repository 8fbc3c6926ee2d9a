import { createContext, useContext } from 'react';

export interface SidebarState {
  /** The docked sidebar shows only icons (always false in the phone drawer). */
  collapsed: boolean;
  setCollapsed(next: boolean): void;
  /** Below md the sidebar is a drawer. */
  isMobile: boolean;
  mobileOpen: boolean;
  setMobileOpen(next: boolean): void;
}

export const SidebarContext = createContext<SidebarState | null>(null);

export function useSidebar(): SidebarState {
  const state = useContext(SidebarContext);
  if (!state) throw new Error('useSidebar must be used inside <AppShell>.');
  return state;
}

import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

/** App-wide UI state of the shell. Server data never lives here. */
export interface ShellState {
  sidebarCollapsed: boolean;
  /** What the person typed into the chat search field. */
  search: string;
  setSidebarCollapsed: (collapsed: boolean) => void;
  setSearch: (search: string) => void;
}

/** Only the sidebar preference survives a reload; a search does not. */
export function createShellStore(storage?: StateStorage) {
  return create<ShellState>()(
    persist(
      (set) => ({
        sidebarCollapsed: false,
        search: '',
        setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
        setSearch: (search) => set({ search }),
      }),
      {
        name: 'enox.shell',
        version: 1,
        storage: createJSONStorage(() => storage ?? window.localStorage),
        partialize: (state) => ({ sidebarCollapsed: state.sidebarCollapsed }),
      },
    ),
  );
}

export const useShellStore = createShellStore();

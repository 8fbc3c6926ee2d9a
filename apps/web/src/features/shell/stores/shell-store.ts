import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

/** App-wide UI state of the shell. Server data never lives here. */
export interface ShellState {
  sidebarCollapsed: boolean;
  setSidebarCollapsed: (collapsed: boolean) => void;
}

/** The sidebar preference survives a reload. */
export function createShellStore(storage?: StateStorage) {
  return create<ShellState>()(
    persist(
      (set) => ({
        sidebarCollapsed: false,
        setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
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

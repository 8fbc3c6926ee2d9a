import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

/** App-wide UI state of the console frame. Server data never lives here. */
export interface ShellState {
  sidebarCollapsed: boolean;
  setSidebarCollapsed: (collapsed: boolean) => void;
}

export function createShellStore(storage?: StateStorage) {
  return create<ShellState>()(
    persist(
      (set) => ({
        sidebarCollapsed: false,
        setSidebarCollapsed: (sidebarCollapsed) => set({ sidebarCollapsed }),
      }),
      {
        name: 'enox.admin.shell',
        version: 1,
        storage: createJSONStorage(() => storage ?? window.localStorage),
      },
    ),
  );
}

export const useShellStore = createShellStore();

import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createShellStore } from './shell-store';

function memoryStorage(): StateStorage {
  const items = new Map<string, string>();
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

describe('admin shell store', () => {
  it('remembers a collapsed sidebar for the next visit', () => {
    const storage = memoryStorage();
    createShellStore(storage).getState().setSidebarCollapsed(true);

    expect(createShellStore(storage).getState().sidebarCollapsed).toBe(true);
  });

  it('keeps its own key, apart from the web app’s preference', () => {
    const storage = memoryStorage();
    createShellStore(storage).getState().setSidebarCollapsed(true);

    expect(storage.getItem('enox.admin.shell')).toContain('"sidebarCollapsed":true');
    expect(storage.getItem('enox.shell')).toBeNull();
  });
});

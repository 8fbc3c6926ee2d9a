import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createShellStore } from './shell-store';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & {
  items: Map<string, string>;
} {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

describe('shell store', () => {
  it('starts with the sidebar open', () => {
    const store = createShellStore(memoryStorage());
    expect(store.getState()).toMatchObject({ sidebarCollapsed: false });
  });

  it('remembers the collapsed sidebar across reloads', () => {
    const storage = memoryStorage();
    const first = createShellStore(storage);
    first.getState().setSidebarCollapsed(true);

    const saved = JSON.parse(storage.items.get('enox.shell') ?? '{}') as { state: unknown };
    expect(saved.state).toEqual({ sidebarCollapsed: true });

    const reloaded = createShellStore(storage);
    expect(reloaded.getState()).toMatchObject({ sidebarCollapsed: true });
  });
});

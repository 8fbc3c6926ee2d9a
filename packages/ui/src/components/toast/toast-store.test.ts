import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastStore } from './toast-store';

describe('toast store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a toast and notifies subscribers', () => {
    const store = createToastStore();
    const listener = vi.fn();
    store.subscribe(listener);

    store.show({ title: 'Saved' });

    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual([
      expect.objectContaining({ title: 'Saved', variant: 'default', duration: 5000 }),
    ]);
  });

  it('dismisses a toast on its own after its duration', () => {
    const store = createToastStore({ defaultDuration: 1000 });
    store.show({ title: 'Gone soon' });

    vi.advanceTimersByTime(999);
    expect(store.getSnapshot()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot()).toHaveLength(0);
  });

  it('keeps a toast with duration 0 until it is dismissed', () => {
    const store = createToastStore();
    const id = store.show({ title: 'Sticky', duration: 0 });

    vi.advanceTimersByTime(60_000);
    expect(store.getSnapshot()).toHaveLength(1);
    store.dismiss(id);
    expect(store.getSnapshot()).toHaveLength(0);
  });

  it('drops the oldest toasts beyond the limit', () => {
    const store = createToastStore({ limit: 2 });
    store.show({ title: 'one' });
    store.show({ title: 'two' });
    store.show({ title: 'three' });

    expect(store.getSnapshot().map((t) => t.title)).toEqual(['two', 'three']);
  });

  it('returns a stable snapshot between changes (required by useSyncExternalStore)', () => {
    const store = createToastStore();
    store.show({ title: 'one' });
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('stops notifying after unsubscribe and ignores unknown ids', () => {
    const store = createToastStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();

    store.show({ title: 'quiet' });
    store.dismiss(12345);
    expect(listener).not.toHaveBeenCalled();
  });
});

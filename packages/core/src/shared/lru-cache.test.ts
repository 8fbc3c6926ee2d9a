import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache.js';

describe('LruCache', () => {
  it('evicts the least recently used entry once full', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // 'a' is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('creates a value once and then reuses it', () => {
    const cache = new LruCache<string, object>(4);
    let created = 0;
    const make = () => ({ id: ++created });
    expect(cache.getOrCreate('k', make)).toBe(cache.getOrCreate('k', make));
    expect(created).toBe(1);
  });
});

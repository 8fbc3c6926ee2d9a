import { describe, expect, it } from 'vitest';
import { KeyPool } from './key-pool.js';

describe('KeyPool', () => {
  it("lists the user's keys before the platform's, without duplicates", () => {
    const pool = new KeyPool({
      user: { google: { apiKey: 'user-google' }, openai: [{ apiKey: 'shared' }] },
      platform: {
        google: [{ apiKey: 'platform-google', baseUrl: 'http://proxy' }],
        openai: { apiKey: 'shared' },
      },
    });
    expect(pool.keys('google').map((key) => [key.apiKey, key.owner, key.kind])).toEqual([
      ['user-google', 'user', 'google'],
      ['platform-google', 'platform', 'google'],
    ]);
    expect(pool.keys('google')[1]?.baseUrl).toBe('http://proxy');
    expect(pool.keys('openai').map((key) => [key.apiKey, key.owner, key.kind])).toEqual([
      ['shared', 'user', 'openai-compatible'],
    ]);
  });

  it('ignores blank keys and reports what is available', () => {
    const pool = new KeyPool({
      user: { google: { apiKey: ' ' } },
      platform: { openai: { apiKey: 'k' } },
    });
    expect(pool.has('google')).toBe(false);
    expect(pool.has('openai')).toBe(true);
  });
});

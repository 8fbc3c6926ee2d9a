import { describe, expect, it } from 'vitest';
import { googleClient, openAIClient } from './client-cache.js';

describe('client cache', () => {
  it('reuses one client per provider, base URL and key', () => {
    const a = openAIClient({ apiKey: 'key-a', baseUrl: 'http://127.0.0.1:1/v1' });
    expect(openAIClient({ apiKey: 'key-a', baseUrl: 'http://127.0.0.1:1/v1' })).toBe(a);
    expect(openAIClient({ apiKey: 'key-b', baseUrl: 'http://127.0.0.1:1/v1' })).not.toBe(a);
    expect(openAIClient({ apiKey: 'key-a', baseUrl: 'http://127.0.0.1:2/v1' })).not.toBe(a);
    const g = googleClient({ apiKey: 'key-a' });
    expect(googleClient({ apiKey: 'key-a' })).toBe(g);
  });

  it('leaves retrying to streamWithRetry', () => {
    expect(openAIClient({ apiKey: 'key-c' }).maxRetries).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { shouldRetry } from './query-client';
import { createFakeClient, wireError } from './testing/fake-trpc';

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('shouldRetry', () => {
  it('does not retry answers that will not change (4xx)', async () => {
    const { client } = createFakeClient(
      wireError('UNAUTHORIZED', 401, 'UNAUTHENTICATED', 'Please sign in to continue.'),
    );
    const error = await failureOf(client.auth.me.query());
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('retries network failures at most twice', async () => {
    const { client } = createFakeClient(new TypeError('Failed to fetch'));
    const error = await failureOf(client.auth.me.query());
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });
});

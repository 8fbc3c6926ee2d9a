import { describe, expect, it } from 'vitest';
import { collect, expectOneFinishLast, scriptedModel, textOf } from '../test-helpers.js';
import { backoffDelay } from './backoff.js';
import type { ErrorPart, StreamPart } from './stream-part.js';
import { streamWithRetry } from './stream-with-retry.js';

const unavailable: ErrorPart = {
  type: 'error',
  code: 'PROVIDER_UNAVAILABLE',
  message: 'Service unavailable',
  status: 503,
  retryable: true,
};
const unauthorized: ErrorPart = {
  type: 'error',
  code: 'PROVIDER_AUTH',
  message: 'Invalid key',
  status: 401,
  retryable: false,
};
const failed = (error: ErrorPart): StreamPart[] => [error, { type: 'finish', reason: 'error' }];
const answer: StreamPart[] = [
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: 'Hello' },
  { type: 'text-end', id: 't' },
  { type: 'finish', reason: 'stop' },
];

function recordSleeps() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

describe('streamWithRetry', () => {
  it('retries a retryable error that came before any output, with growing delays', async () => {
    const model = scriptedModel([failed(unavailable), failed(unavailable), answer]);
    const { delays, sleep } = recordSleeps();
    const parts = await collect(
      streamWithRetry(
        model,
        { messages: [] },
        {
          retries: 2,
          backoff: { initialDelayMs: 100, maxDelayMs: 1000, factor: 2 },
          random: () => 1,
          sleep,
        },
      ),
    );
    expect(model.calls).toHaveLength(3);
    expect(delays).toEqual([100, 200]);
    expect(textOf(parts)).toBe('Hello');
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expectOneFinishLast(parts);
  });

  it('does not retry once a part was shown: a later error is passed on', async () => {
    const midStreamFailure: StreamPart[] = [
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Hel' },
      { type: 'text-end', id: 't' },
      unavailable,
      { type: 'finish', reason: 'error' },
    ];
    const model = scriptedModel([midStreamFailure, answer]);
    const parts = await collect(
      streamWithRetry(model, { messages: [] }, { sleep: async () => {} }),
    );
    expect(model.calls).toHaveLength(1);
    expect(parts).toContainEqual(unavailable);
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'error' });
  });

  it('does not retry errors that would fail again (401)', async () => {
    const model = scriptedModel([failed(unauthorized), answer]);
    const parts = await collect(
      streamWithRetry(model, { messages: [] }, { sleep: async () => {} }),
    );
    expect(model.calls).toHaveLength(1);
    expect(parts).toEqual(failed(unauthorized));
  });

  it('passes the last error on when the retries are used up', async () => {
    const model = scriptedModel([failed(unavailable)]);
    const parts = await collect(
      streamWithRetry(model, { messages: [] }, { retries: 2, sleep: async () => {} }),
    );
    expect(model.calls).toHaveLength(3);
    expect(parts).toEqual(failed(unavailable));
  });

  it('stops waiting and finishes as aborted when the caller aborts during the backoff', async () => {
    const controller = new AbortController();
    const model = scriptedModel([failed(unavailable), answer]);
    setTimeout(() => controller.abort(), 10);
    const started = Date.now();
    const parts = await collect(
      streamWithRetry(
        model,
        { messages: [], abortSignal: controller.signal },
        { backoff: { initialDelayMs: 60_000, maxDelayMs: 60_000 } },
      ),
    );
    expect(parts).toEqual([{ type: 'finish', reason: 'aborted' }]);
    expect(model.calls).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with half of it jittered', () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1000, factor: 2 };
    expect(backoffDelay(0, options, () => 0)).toBe(50);
    expect(backoffDelay(0, options, () => 1)).toBe(100);
    expect(backoffDelay(3, options, () => 1)).toBe(800);
    expect(backoffDelay(10, options, () => 1)).toBe(1000);
    expect(backoffDelay(10, options, () => 0.5)).toBe(750);
  });
});

import type { AppRouter, ChatEvent, TrackedChatEvent } from '@enox/contracts';
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { followRun } from './follow-run.js';

type Ending = 'drop' | 'complete' | { error: unknown };
interface Attempt {
  readonly events: readonly TrackedChatEvent[];
  readonly then: Ending;
}

const chunk = (id: string, text: string): TrackedChatEvent => ({
  id,
  data: { type: 'chunk', text },
});
const done = (id: string): TrackedChatEvent => ({
  id,
  data: { type: 'done', chatId: 'c', messageId: 'm', status: 'complete', usage: null },
});

/** A stand-in for the tRPC client: each subscription plays the next scripted attempt. */
function scriptedClient(attempts: Attempt[]) {
  const inputs: { runId: string; lastEventId?: string }[] = [];
  const trpc = {
    chat: {
      events: {
        subscribe(
          input: { runId: string; lastEventId?: string },
          handlers: {
            onData: (event: TrackedChatEvent) => void;
            onError: (error: unknown) => void;
            onComplete: () => void;
            onConnectionStateChange: (state: { state: string; error: unknown }) => void;
          },
        ) {
          inputs.push(input);
          const attempt = attempts.shift() ?? { events: [], then: 'complete' };
          queueMicrotask(() => {
            for (const event of attempt.events) handlers.onData(event);
            if (attempt.then === 'drop') {
              handlers.onConnectionStateChange({ state: 'connecting', error: new Error('reset') });
            } else if (attempt.then === 'complete') handlers.onComplete();
            else handlers.onError(attempt.then.error);
          });
          return { unsubscribe: () => {} };
        },
      },
    },
  };
  return { trpc: trpc as unknown as TRPCClient<AppRouter>, inputs };
}

async function collect(iterable: AsyncIterable<TrackedChatEvent>) {
  const events: TrackedChatEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}
const texts = (events: readonly TrackedChatEvent[]) =>
  events.map((e) => (e.data as ChatEvent & { text?: string }).text ?? e.data.type);

describe('followRun', () => {
  it('re-subscribes after a drop from the last id, skipping anything replayed', async () => {
    const { trpc, inputs } = scriptedClient([
      { events: [chunk('1', 'a'), chunk('2', 'b')], then: 'drop' },
      { events: [chunk('2', 'b'), chunk('3', 'c'), done('4')], then: 'complete' },
    ]);
    const events = await collect(followRun(trpc, 'run', { initialDelayMs: 1 }));
    expect(texts(events)).toEqual(['a', 'b', 'c', 'done']);
    expect(inputs).toEqual([{ runId: 'run' }, { runId: 'run', lastEventId: '2' }]);
  });

  it('follows again when the server closes the stream before the terminal event', async () => {
    const { trpc } = scriptedClient([
      { events: [chunk('1', 'a')], then: 'complete' },
      { events: [done('2')], then: 'complete' },
    ]);
    expect(texts(await collect(followRun(trpc, 'run', { initialDelayMs: 1 })))).toEqual([
      'a',
      'done',
    ]);
  });

  it('stops at once on an error no retry can fix', async () => {
    const unauthorized = new TRPCClientError('Please sign in', {
      result: { error: { code: -32001, message: 'x', data: { code: 'UNAUTHORIZED' } } },
    });
    const { trpc, inputs } = scriptedClient([{ events: [], then: { error: unauthorized } }]);
    await expect(collect(followRun(trpc, 'run', { initialDelayMs: 1 }))).rejects.toBe(unauthorized);
    expect(inputs).toHaveLength(1);
  });

  it('gives up after the configured attempts without progress', async () => {
    const { trpc, inputs } = scriptedClient(
      Array.from({ length: 5 }, () => ({ events: [], then: 'drop' as const })),
    );
    await expect(
      collect(followRun(trpc, 'run', { initialDelayMs: 1, maxAttempts: 3 })),
    ).rejects.toThrow(/after 3 attempts/);
    expect(inputs).toHaveLength(3);
  });
});

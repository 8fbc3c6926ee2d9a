import { describe, expect, it } from 'vitest';
import { collect, expectOneFinishLast } from '../test-helpers.js';
import { guardStream } from './guard-stream.js';
import type { StreamPart } from './stream-part.js';

const toErrorPart = (error: unknown) => ({
  type: 'error' as const,
  code: 'PROVIDER_ERROR' as const,
  message: error instanceof Error ? error.message : 'unknown',
  retryable: false,
});

async function* source(parts: StreamPart[], failWith?: Error): AsyncGenerator<StreamPart> {
  for (const part of parts) yield part;
  if (failWith) throw failWith;
}

describe('guardStream', () => {
  it('turns a thrown error into an error part, closes the open block and finishes with error', async () => {
    const parts = await collect(
      guardStream(
        source(
          [
            { type: 'text-start', id: 't' },
            { type: 'text-delta', id: 't', delta: 'Hel' },
          ],
          new Error('socket closed'),
        ),
        { toErrorPart },
      ),
    );
    expect(parts.map((part) => part.type)).toEqual([
      'text-start',
      'text-delta',
      'text-end',
      'error',
      'finish',
    ]);
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'error' });
  });

  it('adds the missing finish and drops anything after the first one', async () => {
    const withoutFinish = await collect(
      guardStream(source([{ type: 'usage', inputTokens: 1, outputTokens: 2 }]), { toErrorPart }),
    );
    expect(withoutFinish.at(-1)).toEqual({ type: 'finish', reason: 'other' });
    const twoFinishes = await collect(
      guardStream(
        source([
          { type: 'finish', reason: 'stop' },
          { type: 'finish', reason: 'length' },
        ]),
        { toErrorPart },
      ),
    );
    expect(twoFinishes).toEqual([{ type: 'finish', reason: 'stop' }]);
  });

  it('reports an abort as an aborted finish, not as an error', async () => {
    const controller = new AbortController();
    controller.abort();
    const parts = await collect(
      guardStream(
        source([{ type: 'text-start', id: 't' }], new Error('This operation was aborted')),
        {
          abortSignal: controller.signal,
          toErrorPart,
        },
      ),
    );
    expectOneFinishLast(parts);
    expect(parts).toEqual([
      { type: 'text-start', id: 't' },
      { type: 'text-end', id: 't' },
      { type: 'finish', reason: 'aborted' },
    ]);
  });
});

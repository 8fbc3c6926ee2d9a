import { sleep } from '../shared/abort.js';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff.js';
import type { LanguageModel, StreamOptions } from './language-model.js';
import type { StreamPart } from './stream-part.js';

export interface RetryOptions {
  /** Extra attempts after the first one (0 disables retrying). */
  retries?: number;
  backoff?: Partial<BackoffOptions>;
  /** Injected in tests to make the jitter deterministic. */
  random?: () => number;
  /** Injected in tests to observe the delays without waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * The entry point for streaming a model. A retryable error is retried with backoff only
 * while nothing has reached the consumer: once a part went out, a retry would show the
 * answer twice, so later errors are passed on as they are.
 */
export async function* streamWithRetry(
  model: LanguageModel,
  options: StreamOptions,
  retry: RetryOptions = {},
): AsyncGenerator<StreamPart, void, undefined> {
  const retries = retry.retries ?? 2;
  const backoff = { ...defaultBackoff, ...retry.backoff };
  const wait = retry.sleep ?? sleep;
  const signal = options.abortSignal;

  for (let attempt = 0; ; attempt++) {
    const stream = model.stream(options);
    try {
      const first = await stream.next();
      if (first.done) return;
      const part = first.value;
      const retryNow =
        part.type === 'error' && part.retryable && attempt < retries && !signal?.aborted;
      if (!retryNow) {
        yield part;
        yield* stream;
        return;
      }
    } finally {
      // Releases the attempt's connection when it is dropped for a retry or the consumer
      // stops early; a finished generator ignores it.
      await stream.return(undefined);
    }

    try {
      await wait(backoffDelay(attempt, backoff, retry.random), signal);
    } catch {
      yield { type: 'finish', reason: 'aborted' };
      return;
    }
  }
}

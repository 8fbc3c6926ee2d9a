import type { AppRouter, ChatEvent, TrackedChatEvent } from '@enox/contracts';
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import { subscribeRun } from './subscribe-run.js';

export interface ResumeOptions {
  /** Consecutive failed attempts without a new event before giving up (default 8). */
  readonly maxAttempts?: number;
  /** First wait before re-subscribing, doubled per failed attempt up to 5 s (default 200 ms). */
  readonly initialDelayMs?: number;
}

/** Codes that another attempt cannot fix: the run is gone, or the token is. */
const FINAL_CODES = new Set(['NOT_FOUND', 'UNAUTHORIZED', 'FORBIDDEN', 'BAD_REQUEST']);

function isFinal(error: unknown): boolean {
  return (
    error instanceof TRPCClientError &&
    typeof error.data?.code === 'string' &&
    FINAL_CODES.has(error.data.code)
  );
}

const isTerminal = (event: ChatEvent) => event.type === 'done' || event.type === 'error';

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/**
 * Every event of a run exactly once, in order, until its terminal event:
 * each subscription resumes after the last id seen, so a dropped or closed
 * connection costs neither a gap nor a duplicate.
 */
export async function* followRun(
  trpc: TRPCClient<AppRouter>,
  runId: string,
  options: ResumeOptions & { signal?: AbortSignal | undefined } = {},
): AsyncGenerator<TrackedChatEvent> {
  const maxAttempts = options.maxAttempts ?? 8;
  const initialDelayMs = options.initialDelayMs ?? 200;
  const seen = new Set<string>();
  let lastEventId: string | undefined;
  let failures = 0;

  for (;;) {
    let lastError: unknown = null;
    try {
      const input = lastEventId === undefined ? { runId } : { runId, lastEventId };
      for await (const event of subscribeRun(trpc, input, options.signal)) {
        failures = 0;
        // The server already skips what we saw; this guards against any replay.
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        lastEventId = event.id;
        yield event;
        if (isTerminal(event.data)) return;
      }
    } catch (error) {
      if (isFinal(error)) throw error;
      lastError = error;
    }
    if (options.signal?.aborted) return;
    failures += 1;
    if (failures >= maxAttempts) {
      throw new Error(`Lost the event stream of run ${runId} after ${failures} attempts.`, {
        cause: lastError,
      });
    }
    await wait(Math.min(initialDelayMs * 2 ** (failures - 1), 5_000), options.signal);
  }
}

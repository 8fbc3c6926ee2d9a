import type { AppRouter, TrackedChatEvent } from '@enox/contracts';
import type { TRPCClient } from '@trpc/client';

/** The connection went away mid-stream; the run goes on at the server, so follow it again. */
export class ConnectionDropped extends Error {
  constructor(cause: unknown) {
    super('The event stream was interrupted.', { cause });
    this.name = 'ConnectionDropped';
  }
}

/**
 * One `chat.events` subscription as an async iterable. It ends when the
 * server closes the stream and throws `ConnectionDropped` as soon as the
 * link reports a lost connection, instead of waiting for EventSource's own
 * slow reconnect: the caller re-subscribes from the last id it holds.
 */
export function subscribeRun(
  trpc: TRPCClient<AppRouter>,
  input: { runId: string; lastEventId?: string },
  signal?: AbortSignal,
): AsyncIterable<TrackedChatEvent> {
  return {
    async *[Symbol.asyncIterator]() {
      const queue: TrackedChatEvent[] = [];
      let ended = false;
      let failure: unknown = null;
      let wake: (() => void) | null = null;
      const notify = () => {
        wake?.();
        wake = null;
      };
      const subscription = trpc.chat.events.subscribe(input, {
        onData: (event) => {
          queue.push(event);
          notify();
        },
        onError: (error) => {
          failure = error;
          notify();
        },
        onComplete: () => {
          ended = true;
          notify();
        },
        onConnectionStateChange: (state) => {
          if (state.state === 'connecting' && state.error) {
            failure = new ConnectionDropped(state.error);
            notify();
          }
        },
      });
      const onAbort = () => {
        ended = true;
        notify();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        for (;;) {
          if (signal?.aborted) return;
          const next = queue.shift();
          if (next) {
            yield next;
            continue;
          }
          if (failure) throw failure;
          if (ended) return;
          await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        signal?.removeEventListener('abort', onAbort);
        subscription.unsubscribe();
      }
    },
  };
}

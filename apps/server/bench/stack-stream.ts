import type { AppRouter, ChatEvent } from '@enox/contracts';
import type { TRPCClient } from '@trpc/client';
import { BENCH_PROMPT } from './direct-stream.js';
import { signal, StreamTiming, type OpenStream } from './stream-timing.js';

/**
 * The stack: `chat.send`, then `chat.events` over SSE until `done`, as a browser tab
 * does. Each stream has its own client, so concurrent sends are never batched together.
 */
export function openStackStream(
  api: TRPCClient<AppRouter>,
  modelId: string,
  timeoutMs: number,
): OpenStream {
  const timing = new StreamTiming();
  const first = signal();
  let runId: string | undefined;

  const finished = (async () => {
    const sent = await api.chat.send.mutate({ modelId, message: BENCH_PROMPT });
    runId = sent.runId;
    timing.accepted();
    await followUntilDone(api, sent.runId, timeoutMs, (text) => {
      timing.arrive(text);
      first.resolve();
    });
    return timing;
  })();
  finished.catch(first.reject);

  return {
    firstDelta: first.promise,
    finished,
    async close() {
      await first.promise;
      if (runId) await api.chat.stop.mutate({ runId });
      await finished;
    },
  };
}

function followUntilDone(
  api: TRPCClient<AppRouter>,
  runId: string,
  timeoutMs: number,
  onText: (text: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const end = (error?: Error) => {
      clearTimeout(timer);
      subscription.unsubscribe();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => end(new Error(`run ${runId} timed out`)), timeoutMs);
    const subscription = api.chat.events.subscribe(
      { runId },
      {
        onData: ({ data }: { data: ChatEvent }) => {
          if (data.type === 'chunk') onText(data.text);
          else if (data.type === 'done') end();
          else if (data.type === 'error') end(new Error(`run ${runId} failed: ${data.code}`));
        },
        onError: (error) => end(error),
      },
    );
  });
}

import type OpenAI from 'openai';
import { signal, StreamTiming, type OpenStream } from './stream-timing.js';

export const BENCH_MODEL = 'sim-chat';
export const BENCH_PROMPT = 'Count for me';

/** The baseline: the `openai` SDK streaming straight from the simulator. */
export function openDirectStream(openai: OpenAI, timeoutMs: number): OpenStream {
  const timing = new StreamTiming();
  const first = signal();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('direct stream timed out')), timeoutMs);
  let leaving = false;

  const finished = (async () => {
    try {
      const stream = await openai.chat.completions.create(
        {
          model: BENCH_MODEL,
          messages: [{ role: 'user', content: BENCH_PROMPT }],
          stream: true,
          stream_options: { include_usage: true },
        },
        { signal: controller.signal },
      );
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta.content;
        if (!text) continue;
        timing.arrive(text);
        first.resolve();
      }
    } catch (error) {
      if (!leaving) throw error;
    } finally {
      clearTimeout(timer);
    }
    return timing;
  })();
  finished.catch(first.reject);

  return {
    firstDelta: first.promise,
    finished,
    async close() {
      leaving = true;
      controller.abort();
      await finished;
    },
  };
}

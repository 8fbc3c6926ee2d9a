import type { CompletionMeta } from './completion-format.js';
import { completionChunk, usageChunk } from './completion-format.js';
import type { OpenedCompletion } from './open-completion.js';

const frame = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`;

/**
 * The SSE body of a streamed completion, in OpenAI's order: the role, the
 * deltas as they arrive, the finish reason, usage if asked, then `[DONE]`.
 * A failure after output is sent as an `error` frame, which the SDKs raise.
 * The reservation is settled however the stream ends.
 */
export async function* completionEvents(
  opened: OpenedCompletion,
  meta: CompletionMeta,
  includeUsage: boolean,
  signal: AbortSignal,
): AsyncGenerator<string> {
  const options = { includeUsage };
  try {
    yield frame(completionChunk(meta, { role: 'assistant', content: '' }, options));
    for await (const part of opened.parts) {
      if (part.type === 'text-delta' && part.delta) {
        yield frame(completionChunk(meta, { content: part.delta }, options));
      } else if (part.type === 'reasoning-delta' && part.delta) {
        yield frame(completionChunk(meta, { reasoning_content: part.delta }, options));
      }
    }
    const { tally } = opened;
    if (tally.error) {
      yield frame({
        error: {
          message: tally.error.message,
          type: 'server_error',
          param: null,
          code: tally.error.code.toLowerCase(),
        },
      });
      return;
    }
    if (signal.aborted) return;
    yield frame(completionChunk(meta, {}, { ...options, finishReason: tally.finishReason }));
    if (includeUsage) yield frame(usageChunk(meta, tally));
    yield 'data: [DONE]\n\n';
  } finally {
    await opened.close(signal.aborted);
  }
}

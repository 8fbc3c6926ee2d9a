import { randomBytes } from 'node:crypto';
import type { CompletionTally, OpenAIFinishReason } from './completion-tally.js';

/** What every chunk of one completion repeats. */
export interface CompletionMeta {
  readonly id: string;
  readonly created: number;
  /** The name the caller asked for, echoed as OpenAI does. */
  readonly model: string;
}

export function completionMeta(model: string): CompletionMeta {
  return {
    id: `chatcmpl-${randomBytes(12).toString('base64url')}`,
    created: Math.floor(Date.now() / 1000),
    model,
  };
}

export interface ChunkDelta {
  role?: 'assistant';
  content?: string;
  /** The de facto field (DeepSeek, vLLM, OpenRouter) for visible reasoning. */
  reasoning_content?: string;
}

/** One `chat.completion.chunk`; with include_usage, OpenAI sends `usage: null` on all but the last. */
export function completionChunk(
  meta: CompletionMeta,
  delta: ChunkDelta,
  options: { finishReason?: OpenAIFinishReason | null; includeUsage: boolean },
) {
  return {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    system_fingerprint: null,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: options.finishReason ?? null }],
    ...(options.includeUsage ? { usage: null } : {}),
  };
}

export function usageChunk(meta: CompletionMeta, tally: CompletionTally) {
  return {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    system_fingerprint: null,
    choices: [],
    usage: tally.usage,
  };
}

/** The whole answer at once, for `stream: false`. */
export function completionBody(meta: CompletionMeta, tally: CompletionTally) {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    system_fingerprint: null,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: tally.content,
          refusal: null,
          ...(tally.reasoning ? { reasoning_content: tally.reasoning } : {}),
        },
        logprobs: null,
        finish_reason: tally.finishReason,
      },
    ],
    usage: tally.usage,
  };
}

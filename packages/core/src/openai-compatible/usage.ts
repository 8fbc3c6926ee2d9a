import type { ChatCompletionChunk } from 'openai/resources/chat/completions';

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

/**
 * Usage from a chunk: the standard `usage` (sent last with `include_usage`), or Groq's
 * `x_groq.usage` which it sends instead on some models.
 */
export function readUsage(chunk: ChatCompletionChunk): Usage | undefined {
  const groq = (chunk as { x_groq?: { usage?: ChatCompletionChunk['usage'] } }).x_groq;
  const usage = chunk.usage ?? groq?.usage;
  if (!usage) return undefined;
  return { inputTokens: usage.prompt_tokens ?? 0, outputTokens: usage.completion_tokens ?? 0 };
}

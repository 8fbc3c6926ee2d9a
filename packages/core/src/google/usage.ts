import type { GenerateContentResponseUsageMetadata } from '@google/genai';

/** Thinking tokens are billed as output, so they count as output here too. */
export function readUsage(metadata: GenerateContentResponseUsageMetadata | undefined) {
  if (!metadata) return undefined;
  return {
    inputTokens: metadata.promptTokenCount ?? 0,
    outputTokens: (metadata.candidatesTokenCount ?? 0) + (metadata.thoughtsTokenCount ?? 0),
  };
}

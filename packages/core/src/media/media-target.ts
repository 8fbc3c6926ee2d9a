import { toErrorPart as googleErrorPart } from '../google/errors.js';
import { toErrorPart as openAIErrorPart } from '../openai-compatible/errors.js';
import { ProviderError } from '../stream/provider-error.js';
import type { MediaType } from '../stream/stream-part.js';

/** Which provider, key and model a piece of media is generated with. */
export interface MediaTarget {
  kind: 'google' | 'openai-compatible';
  apiKey: string;
  baseUrl?: string | undefined;
  /** Defaults to `DEFAULT_MEDIA_MODELS` for the kind of media. */
  modelId?: string | undefined;
}

export interface GeneratedMedia {
  mediaType: MediaType;
  mimeType: string;
  bytes: Uint8Array;
}

export const DEFAULT_MEDIA_MODELS = {
  googleImage: 'imagen-4.0-generate-001',
  openaiImage: 'gpt-image-1',
  googleSpeech: 'gemini-2.5-flash-preview-tts',
  openaiSpeech: 'gpt-4o-mini-tts',
  googleVideo: 'veo-2.0-generate-001',
} as const;

/**
 * Runs a provider call and rethrows its failure as a `ProviderError` without the key in
 * the message. Aborts pass through unchanged so callers can tell them apart.
 */
export async function callProvider<T>(
  target: MediaTarget,
  signal: AbortSignal | undefined,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ProviderError || signal?.aborted) throw error;
    const part =
      target.kind === 'google'
        ? googleErrorPart(error, [target.apiKey])
        : openAIErrorPart(error, [target.apiKey]);
    throw new ProviderError(part);
  }
}

export function mediaFailure(message: string): ProviderError {
  return new ProviderError({ code: 'PROVIDER_ERROR', message, retryable: false });
}

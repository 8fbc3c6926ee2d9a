import {
  IMAGE_ASPECT_RATIOS,
  parseAspectRatio,
  VIDEO_ASPECT_RATIOS,
} from '../media/aspect-ratio.js';
import { generateImage } from '../media/generate-image.js';
import { generateSpeech } from '../media/generate-speech.js';
import { generateVideo } from '../media/generate-video.js';
import { DEFAULT_MEDIA_MODELS, type GeneratedMedia } from '../media/media-target.js';
import { ProviderError } from '../stream/provider-error.js';
import type { KeyOwner, ProviderErrorCode } from '../stream/stream-part.js';
import type { KeyPool, PooledKey, ToolProvider } from './key-pool.js';
import type { MediaToolCall } from './media-tool-call.js';
import type { MediaToolName } from './media-tools.js';

export type MediaModels = { [K in keyof typeof DEFAULT_MEDIA_MODELS]: string };

export interface ToolRunOptions {
  /**
   * The keys, or how to get them when a tool first runs: loading keys costs reads and
   * decryption that most answers, which call no tool, never need.
   */
  keyPool: KeyPool | (() => Promise<KeyPool>);
  abortSignal?: AbortSignal | undefined;
  /** What the user chose in the composer; it wins over what the model asked for. */
  preferences?: { aspectRatio?: string | undefined; voice?: string | undefined } | undefined;
  /** Model ids for the media APIs (defaults: `DEFAULT_MEDIA_MODELS`). */
  models?: Partial<MediaModels> | undefined;
  /** Veo polling; tests shorten it. */
  video?: { pollIntervalMs?: number; timeoutMs?: number } | undefined;
}

/** Which providers can serve a tool, in order of preference (Imagen/Gemini first). */
const PROVIDERS: Record<MediaToolName, readonly ToolProvider[]> = {
  generate_image: ['google', 'openai'],
  generate_tts: ['google', 'openai'],
  generate_video: ['google'],
};

const UNAVAILABLE: Record<MediaToolName, string> = {
  generate_image: 'Image generation needs a Google or OpenAI API key.',
  generate_tts: 'Speech generation needs a Google or OpenAI API key.',
  generate_video: 'Video generation needs a Google API key.',
};

// With these failures another key (or the other provider) may still work.
const TRY_NEXT_KEY = new Set<ProviderErrorCode>([
  'PROVIDER_AUTH',
  'PROVIDER_RATE_LIMITED',
  'PROVIDER_UNAVAILABLE',
  'PROVIDER_NETWORK',
  'PROVIDER_NOT_FOUND',
]);

/**
 * Runs a media tool with the first key that works: the user's keys before the platform's,
 * Google before OpenAI. Returns whose key paid, for usage accounting.
 */
export async function executeMediaTool(
  call: MediaToolCall,
  options: ToolRunOptions,
): Promise<GeneratedMedia & { keyOwner: KeyOwner }> {
  const pool = typeof options.keyPool === 'function' ? await options.keyPool() : options.keyPool;
  const keys = PROVIDERS[call.tool].flatMap((provider) => pool.keys(provider));
  if (keys.length === 0) {
    throw new ProviderError({
      code: 'TOOL_UNAVAILABLE',
      message: UNAVAILABLE[call.tool],
      retryable: false,
    });
  }
  let lastError: unknown;
  for (const key of keys) {
    try {
      return { ...(await runWithKey(call, key, options)), keyOwner: key.owner };
    } catch (error) {
      if (options.abortSignal?.aborted) throw error;
      if (!(error instanceof ProviderError) || !TRY_NEXT_KEY.has(error.code)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

function runWithKey(
  call: MediaToolCall,
  key: PooledKey,
  options: ToolRunOptions,
): Promise<GeneratedMedia> {
  const models = { ...DEFAULT_MEDIA_MODELS, ...options.models };
  const google = key.provider === 'google';
  const abortSignal = options.abortSignal;
  const preferences = options.preferences ?? {};
  switch (call.tool) {
    case 'generate_image':
      return generateImage(
        { ...key, modelId: google ? models.googleImage : models.openaiImage },
        {
          prompt: call.prompt,
          aspectRatio:
            parseAspectRatio(preferences.aspectRatio, IMAGE_ASPECT_RATIOS) ?? call.aspectRatio,
          abortSignal,
        },
      );
    case 'generate_tts':
      return generateSpeech(
        { ...key, modelId: google ? models.googleSpeech : models.openaiSpeech },
        { text: call.text, voice: preferences.voice ?? call.voice, abortSignal },
      );
    case 'generate_video':
      return generateVideo(
        { ...key, modelId: models.googleVideo },
        {
          prompt: call.prompt,
          aspectRatio:
            parseAspectRatio(preferences.aspectRatio, VIDEO_ASPECT_RATIOS) ?? call.aspectRatio,
          abortSignal,
          pollIntervalMs: options.video?.pollIntervalMs,
          timeoutMs: options.video?.timeoutMs,
        },
      );
  }
}

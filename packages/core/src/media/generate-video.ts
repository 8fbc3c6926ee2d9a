import { GEMINI_API_URL, geminiRest } from '../google/gemini-rest.js';
import { sleep } from '../shared/abort.js';
import { fromBase64 } from '../shared/base64.js';
import { isRecord } from '../shared/is-record.js';
import { ProviderError } from '../stream/provider-error.js';
import type { VideoAspectRatio } from './aspect-ratio.js';
import {
  callProvider,
  DEFAULT_MEDIA_MODELS,
  mediaFailure,
  type GeneratedMedia,
  type MediaTarget,
} from './media-target.js';

export interface VideoRequest {
  prompt: string;
  aspectRatio?: VideoAspectRatio | undefined;
  abortSignal?: AbortSignal | undefined;
  /** How often the long-running operation is polled (default 5 s). */
  pollIntervalMs?: number | undefined;
  /** When to give up waiting (default 5 min). */
  timeoutMs?: number | undefined;
}

export const VIDEO_POLL_INTERVAL_MS = 5_000;
export const VIDEO_TIMEOUT_MS = 5 * 60_000;

/**
 * A video from Veo: start the long-running operation, poll it until done, then fetch the
 * bytes. (REST, not the SDK: see `geminiRest`.)
 */
export function generateVideo(target: MediaTarget, request: VideoRequest): Promise<GeneratedMedia> {
  if (target.kind !== 'google') {
    return Promise.reject(
      new ProviderError({
        code: 'TOOL_UNAVAILABLE',
        message: 'Video generation needs a Google (Veo) provider.',
        retryable: false,
      }),
    );
  }
  return callProvider(target, request.abortSignal, () => veo(target, request));
}

async function veo(target: MediaTarget, request: VideoRequest): Promise<GeneratedMedia> {
  const signal = request.abortSignal;
  const interval = request.pollIntervalMs ?? VIDEO_POLL_INTERVAL_MS;
  const deadline = Date.now() + (request.timeoutMs ?? VIDEO_TIMEOUT_MS);
  const model = target.modelId ?? DEFAULT_MEDIA_MODELS.googleVideo;

  let operation = await geminiRest(target, `models/${model}:predictLongRunning`, {
    body: {
      instances: [{ prompt: request.prompt }],
      parameters: { aspectRatio: request.aspectRatio ?? '16:9', sampleCount: 1 },
    },
    signal,
  });
  const name = operation.name;
  if (typeof name !== 'string') throw mediaFailure('The provider did not start the video.');
  while (operation.done !== true) {
    if (Date.now() + interval > deadline) {
      throw new ProviderError({
        code: 'PROVIDER_TIMEOUT',
        message: 'The video took too long to generate.',
        retryable: true,
      });
    }
    await sleep(interval, signal);
    operation = await geminiRest(target, name, { signal });
  }

  if (isRecord(operation.error)) {
    const message = operation.error.message;
    throw mediaFailure(typeof message === 'string' ? message : 'Video generation failed.');
  }
  const result = isRecord(operation.response)
    ? operation.response.generateVideoResponse
    : undefined;
  const samples =
    isRecord(result) && Array.isArray(result.generatedSamples) ? result.generatedSamples : [];
  const sample: unknown = samples[0];
  const video = isRecord(sample) && isRecord(sample.video) ? sample.video : undefined;
  if (!video) {
    if (
      isRecord(result) &&
      typeof result.raiMediaFilteredCount === 'number' &&
      result.raiMediaFilteredCount > 0
    ) {
      throw new ProviderError({
        code: 'CONTENT_FILTERED',
        message: "The video was blocked by the provider's safety filter.",
        retryable: false,
      });
    }
    throw mediaFailure('The provider returned no video.');
  }
  const mimeType = typeof video.mimeType === 'string' ? video.mimeType : 'video/mp4';
  return { mediaType: 'video', mimeType, bytes: await videoBytes(target, video, signal) };
}

async function videoBytes(
  target: MediaTarget,
  video: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  if (typeof video.bytesBase64Encoded === 'string') return fromBase64(video.bytesBase64Encoded);
  const uri = video.uri;
  if (typeof uri !== 'string') throw mediaFailure('The provider returned no video.');
  const init = signal ? { signal } : {};
  // Redirects are followed by hand so that the key is never sent to the redirect target.
  let response = await fetch(uri, {
    ...init,
    headers: keyHeaderFor(uri, target),
    redirect: 'manual',
  });
  const location = response.headers.get('location');
  if (response.status >= 300 && response.status < 400 && location) {
    response = await fetch(new URL(location, uri), init);
  }
  if (!response.ok) throw mediaFailure(`The video could not be downloaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The file URI needs the key, but only the provider's own host may see it. */
function keyHeaderFor(uri: string, target: MediaTarget): Record<string, string> {
  const providerOrigin = new URL(target.baseUrl ?? GEMINI_API_URL).origin;
  return new URL(uri).origin === providerOrigin ? { 'x-goog-api-key': target.apiKey } : {};
}

import { fromBase64 } from '../shared/base64.js';
import { geminiRest } from '../google/gemini-rest.js';
import { openAIClient } from '../shared/client-cache.js';
import { isRecord } from '../shared/is-record.js';
import { ProviderError } from '../stream/provider-error.js';
import type { ImageAspectRatio } from './aspect-ratio.js';
import { openAIImageSize } from './image-size.js';
import { sniffImageMimeType } from './sniff-image.js';
import {
  callProvider,
  DEFAULT_MEDIA_MODELS,
  mediaFailure,
  type GeneratedMedia,
  type MediaTarget,
} from './media-target.js';

export interface ImageRequest {
  prompt: string;
  aspectRatio?: ImageAspectRatio | undefined;
  abortSignal?: AbortSignal | undefined;
}

/** One image from Imagen (Google) or the OpenAI images API. */
export function generateImage(target: MediaTarget, request: ImageRequest): Promise<GeneratedMedia> {
  return callProvider(target, request.abortSignal, () =>
    target.kind === 'google' ? imagen(target, request) : openAIImage(target, request),
  );
}

/** Imagen's `:predict` (see `geminiRest` for why it is not called through the SDK). */
async function imagen(target: MediaTarget, request: ImageRequest): Promise<GeneratedMedia> {
  const model = target.modelId ?? DEFAULT_MEDIA_MODELS.googleImage;
  const response = await geminiRest(target, `models/${model}:predict`, {
    body: {
      instances: [{ prompt: request.prompt }],
      parameters: {
        sampleCount: 1,
        aspectRatio: request.aspectRatio ?? '1:1',
        includeRaiReason: true,
      },
    },
    signal: request.abortSignal,
  });
  const predictions = Array.isArray(response.predictions) ? response.predictions : [];
  const prediction: unknown = predictions[0];
  const data = isRecord(prediction) ? prediction.bytesBase64Encoded : undefined;
  if (typeof data !== 'string' || data === '') {
    // Imagen answers a filtered prompt with no image, and with the reason when asked for it.
    const reason = isRecord(prediction) ? prediction.raiFilteredReason : undefined;
    throw new ProviderError({
      code: 'CONTENT_FILTERED',
      message:
        typeof reason === 'string'
          ? `The image was blocked by the provider's safety filter: ${reason}`
          : 'The provider returned no image; the prompt may have been blocked by its safety filter.',
      retryable: false,
    });
  }
  const bytes = fromBase64(data);
  const declared =
    isRecord(prediction) && typeof prediction.mimeType === 'string'
      ? prediction.mimeType
      : undefined;
  return {
    mediaType: 'image',
    mimeType: sniffImageMimeType(bytes) ?? declared ?? 'image/png',
    bytes,
  };
}

async function openAIImage(target: MediaTarget, request: ImageRequest): Promise<GeneratedMedia> {
  const client = openAIClient(target);
  const model = target.modelId ?? DEFAULT_MEDIA_MODELS.openaiImage;
  const response = await client.images.generate(
    {
      model,
      prompt: request.prompt,
      n: 1,
      size: openAIImageSize(model, request.aspectRatio ?? '1:1'),
      // DALL·E answers with a URL unless asked for base64; gpt-image models always send base64.
      ...(model.startsWith('dall-e') ? { response_format: 'b64_json' as const } : {}),
    },
    request.abortSignal ? { signal: request.abortSignal } : {},
  );
  const data = response.data?.[0]?.b64_json;
  if (!data) throw mediaFailure('The provider returned no image.');
  const bytes = fromBase64(data);
  const mimeType = sniffImageMimeType(bytes) ?? `image/${response.output_format ?? 'png'}`;
  return { mediaType: 'image', mimeType, bytes };
}

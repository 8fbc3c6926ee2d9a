import { AppError, type GenerateService } from '@enox/contracts';
import { generateImage, generateSpeech, generateVideo, ProviderError } from '@enox/core';
import type { Kysely } from 'kysely';
import type { ModelAccess } from '../access/model-access.js';
import type { Database } from '../db/schema.js';
import { mediaUrl, type MediaStore } from '../media/media-store.js';
import { findActiveModel } from '../repositories/model.repository.js';

const MEDIA_TYPE = { image: 'image', tts: 'audio', video: 'video' } as const;

/** Image, speech and video without a chat: the same gate, stored like chat output. */
export function createGenerateService(deps: {
  readonly db: Kysely<Database>;
  readonly access: ModelAccess;
  readonly media: MediaStore;
}): GenerateService {
  return {
    async run(user, type, input) {
      const model = await findActiveModel(deps.db, input.modelId);
      if (!model) throw new AppError('MODEL_UNAVAILABLE');
      if (model.type !== type) {
        throw new AppError('BAD_INPUT', {
          message: `${model.display_name} is not a ${type} model.`,
        });
      }
      const call = await deps.access.open(user, model, { source: 'generate' });
      const signal = AbortSignal.timeout(6 * 60_000);
      try {
        const media =
          type === 'image'
            ? await generateImage(call.target, {
                prompt: input.prompt,
                aspectRatio: input.aspectRatio,
                abortSignal: signal,
              })
            : type === 'tts'
              ? await generateSpeech(call.target, {
                  text: input.prompt,
                  voice: input.voice,
                  abortSignal: signal,
                })
              : await generateVideo(call.target, {
                  prompt: input.prompt,
                  aspectRatio: input.aspectRatio === '9:16' ? '9:16' : '16:9',
                  abortSignal: signal,
                });
        const stored = await deps.media.put({
          userId: user.id,
          messageId: null,
          kind: MEDIA_TYPE[type],
          mimeType: media.mimeType,
          bytes: media.bytes,
        });
        await call.reservation.settle({ status: 'complete', inputTokens: 0, outputTokens: 0 });
        return {
          media: {
            id: stored.id,
            mediaType: MEDIA_TYPE[type],
            mimeType: stored.mimeType,
            url: mediaUrl(stored.id),
          },
        };
      } catch (error) {
        await call.reservation.release('error');
        if (error instanceof ProviderError) {
          throw new AppError('PROVIDER_FAILED', {
            message: error.message,
            details: { providerCode: error.code },
          });
        }
        throw error;
      }
    },
  };
}

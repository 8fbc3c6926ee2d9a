import type { ChatMessage, KeyPool, MediaTarget, StreamPart } from '@enox/core';
import {
  createLanguageModel,
  generateImage,
  generateSpeech,
  generateVideo,
  ProviderError,
  streamChat,
} from '@enox/core';
import type { ModelCapabilities, ModelType } from '../db/schema.js';

export interface TextRunRequest {
  readonly kind: 'openai-compatible' | 'google';
  readonly baseUrl: string | undefined;
  readonly preset: string | null;
  readonly apiKey: string;
  readonly modelId: string;
  readonly capabilities: ModelCapabilities;
  readonly messages: readonly ChatMessage[];
  readonly thinking: boolean;
  readonly temperature?: number | undefined;
  readonly topP?: number | undefined;
  readonly maxTokens?: number | undefined;
  /** Loaded when a tool first runs. */
  readonly keyPool: () => Promise<KeyPool>;
  readonly preferences: { aspectRatio?: string | undefined; voice?: string | undefined };
}

/** A text model's answer: the model, its media tools, retries before the first part. */
export function textRun(request: TextRunRequest) {
  const capabilities = {
    thinking: request.capabilities.thinking ?? false,
    tools: request.capabilities.tools ?? false,
    vision: request.capabilities.vision ?? false,
  };
  const model = createLanguageModel({
    kind: request.kind,
    baseUrl: request.baseUrl,
    preset: (request.preset ?? undefined) as Parameters<typeof createLanguageModel>[0]['preset'],
    apiKey: request.apiKey,
    modelId: request.modelId,
    capabilities,
  });
  return (signal: AbortSignal): AsyncIterable<StreamPart> =>
    streamChat(model, {
      messages: request.messages,
      thinking: request.thinking && capabilities.thinking,
      ...(capabilities.tools ? {} : { tools: [] }),
      temperature: request.temperature,
      topP: request.topP,
      maxTokens: request.maxTokens,
      abortSignal: signal,
      toolRun: { keyPool: request.keyPool, preferences: request.preferences },
    });
}

export interface MediaRunRequest {
  readonly type: Exclude<ModelType, 'text'>;
  readonly target: MediaTarget;
  readonly prompt: string;
  readonly aspectRatio?: string | undefined;
  readonly voice?: string | undefined;
}

const MEDIA_TYPE = { image: 'image', tts: 'audio', video: 'video' } as const;

/** An image, speech or video model: the prompt goes straight to the media API. */
export function mediaRun(request: MediaRunRequest) {
  return async function* (signal: AbortSignal): AsyncGenerator<StreamPart> {
    const mediaType = MEDIA_TYPE[request.type];
    yield { type: 'media-generating', mediaType };
    try {
      const media =
        request.type === 'image'
          ? await generateImage(request.target, {
              prompt: request.prompt,
              aspectRatio: request.aspectRatio as never,
              abortSignal: signal,
            })
          : request.type === 'tts'
            ? await generateSpeech(request.target, {
                text: request.prompt,
                voice: request.voice,
                abortSignal: signal,
              })
            : await generateVideo(request.target, {
                prompt: request.prompt,
                aspectRatio: request.aspectRatio === '9:16' ? '9:16' : '16:9',
                abortSignal: signal,
              });
      yield { type: 'media-ready', mediaType, mimeType: media.mimeType, bytes: media.bytes };
      yield { type: 'finish', reason: 'stop' };
    } catch (error) {
      if (signal.aborted) {
        yield { type: 'finish', reason: 'aborted' };
        return;
      }
      yield error instanceof ProviderError
        ? error.toPart()
        : {
            type: 'error',
            code: 'PROVIDER_ERROR',
            message: 'The media could not be generated.',
            retryable: false,
          };
      yield { type: 'finish', reason: 'error' };
    }
  };
}

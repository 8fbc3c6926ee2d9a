import type { GenerateContentConfig, GenerateContentResponse, GoogleGenAI } from '@google/genai';
import { linkedAbortController } from '../shared/abort.js';
import { googleClient } from '../shared/client-cache.js';
import { guardStream } from '../stream/guard-stream.js';
import type { LanguageModel, ModelCapabilities, StreamOptions } from '../stream/language-model.js';
import type { StreamPart } from '../stream/stream-part.js';
import { convertContents, type GeminiPrompt } from './convert-contents.js';
import { isUnsupportedFeatureError, toErrorPart } from './errors.js';
import {
  defaultFeatureSupportCache,
  droppedFeatures,
  fallbackLevels,
  type FeatureLevel,
  type FeatureSupportCache,
} from './feature-levels.js';
import { prepareTools } from './prepare-tools.js';
import { readResponses } from './read-responses.js';

export interface GoogleModelConfig {
  modelId: string;
  apiKey: string;
  /** For proxies and the simulator; the SDK's default otherwise. */
  baseUrl?: string | undefined;
  capabilities: ModelCapabilities;
  /** Where learned feature limitations are kept; shared process-wide by default. */
  featureCache?: FeatureSupportCache | undefined;
}

/** Gemini through its native API, which streams token by token. */
export class GoogleLanguageModel implements LanguageModel {
  readonly provider = 'google';
  readonly modelId: string;
  readonly capabilities: ModelCapabilities;
  readonly #apiKey: string;
  readonly #baseUrl: string | undefined;
  readonly #featureCache: FeatureSupportCache;

  constructor(config: GoogleModelConfig) {
    this.modelId = config.modelId;
    this.capabilities = config.capabilities;
    this.#apiKey = config.apiKey;
    this.#baseUrl = config.baseUrl;
    this.#featureCache = config.featureCache ?? defaultFeatureSupportCache;
  }

  stream(options: StreamOptions): AsyncGenerator<StreamPart, void, undefined> {
    return guardStream(this.#stream(options), {
      abortSignal: options.abortSignal,
      toErrorPart: (error) => toErrorPart(error, [this.#apiKey]),
    });
  }

  async *#stream(options: StreamOptions): AsyncGenerator<StreamPart, void, undefined> {
    const { controller, dispose } = linkedAbortController(options.abortSignal);
    let completed = false;
    try {
      const client = googleClient({ apiKey: this.#apiKey, baseUrl: this.#baseUrl });
      const prompt = convertContents(options.messages, { vision: this.capabilities.vision });
      const responses = await this.#open(client, prompt, options, controller.signal);
      yield* readResponses(responses);
      completed = true;
    } finally {
      // Only an unfinished response is cut off; a finished one keeps its pooled connection.
      if (!completed) controller.abort();
      dispose();
    }
  }

  /**
   * Tries the richest feature level first and steps down only on "unsupported feature"
   * errors; what had to be dropped is remembered so the next request starts lower.
   */
  async #open(
    client: GoogleGenAI,
    prompt: GeminiPrompt,
    options: StreamOptions,
    signal: AbortSignal,
  ): Promise<AsyncGenerator<GenerateContentResponse>> {
    const cacheKey = `${this.#baseUrl ?? 'google'}|${this.modelId}`;
    const wanted: FeatureLevel = {
      thinking: options.thinking === true && this.capabilities.thinking,
      tools: this.capabilities.tools && (options.tools?.length ?? 0) > 0,
    };
    const levels = fallbackLevels(wanted, this.#featureCache.unsupported(cacheKey));
    const [first] = levels;
    for (const [index, level] of levels.entries()) {
      try {
        const responses = await client.models.generateContentStream({
          model: this.modelId,
          contents: prompt.contents,
          config: this.#config(prompt, options, level, signal),
        });
        if (first) this.#featureCache.remember(cacheKey, droppedFeatures(first, level));
        return responses;
      } catch (error) {
        if (index === levels.length - 1 || !isUnsupportedFeatureError(error)) throw error;
      }
    }
    // fallbackLevels always returns at least one level, and the last one rethrows.
    throw new Error('No request level left to try');
  }

  #config(
    prompt: GeminiPrompt,
    options: StreamOptions,
    level: FeatureLevel,
    signal: AbortSignal,
  ): GenerateContentConfig {
    return {
      abortSignal: signal,
      // A dropped stream must surface as an error part, not be resumed behind our back.
      automaticContinuation: false,
      ...(prompt.systemInstruction ? { systemInstruction: prompt.systemInstruction } : {}),
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.topP !== undefined ? { topP: options.topP } : {}),
      ...(options.maxTokens !== undefined ? { maxOutputTokens: options.maxTokens } : {}),
      ...(level.thinking ? { thinkingConfig: { includeThoughts: true } } : {}),
      ...(level.tools && options.tools ? { tools: prepareTools(options.tools) } : {}),
    };
  }
}

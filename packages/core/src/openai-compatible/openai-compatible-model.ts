import type OpenAI from 'openai';
import type {
  ChatCompletionChunk,
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { linkedAbortController } from '../shared/abort.js';
import { openAIClient } from '../shared/client-cache.js';
import { guardStream } from '../stream/guard-stream.js';
import type { LanguageModel, ModelCapabilities, StreamOptions } from '../stream/language-model.js';
import type { StreamPart } from '../stream/stream-part.js';
import { convertMessages } from './convert-messages.js';
import { isThinkingUnsupportedError, isToolsUnsupportedError, toErrorPart } from './errors.js';
import { prepareTools } from './prepare-tools.js';
import { presetForBaseUrl, type OpenAICompatiblePreset } from './provider-presets.js';
import { readChunks } from './read-chunks.js';

export interface OpenAICompatibleModelConfig {
  modelId: string;
  apiKey: string;
  /** Defaults to the preset's URL, or OpenAI's. */
  baseUrl?: string | undefined;
  /** Defaults to the preset that matches `baseUrl`. */
  preset?: OpenAICompatiblePreset | undefined;
  capabilities: ModelCapabilities;
}

/** Any OpenAI-compatible chat-completions API, streamed through the `openai` SDK. */
export class OpenAICompatibleLanguageModel implements LanguageModel {
  readonly provider: string;
  readonly modelId: string;
  readonly capabilities: ModelCapabilities;
  readonly #preset: OpenAICompatiblePreset;
  readonly #apiKey: string;
  readonly #baseUrl: string;

  constructor(config: OpenAICompatibleModelConfig) {
    this.#preset = config.preset ?? presetForBaseUrl(config.baseUrl);
    this.#baseUrl = config.baseUrl ?? this.#preset.baseUrl;
    this.#apiKey = config.apiKey;
    this.provider = this.#preset.id;
    this.modelId = config.modelId;
    this.capabilities = config.capabilities;
  }

  stream(options: StreamOptions): AsyncGenerator<StreamPart, void, undefined> {
    return guardStream(this.#stream(options), {
      abortSignal: options.abortSignal,
      toErrorPart: (error) => toErrorPart(error, [this.#apiKey]),
    });
  }

  async *#stream(options: StreamOptions): AsyncGenerator<StreamPart, void, undefined> {
    // Our own controller, so that a consumer who stops reading also closes the connection.
    const { controller, dispose } = linkedAbortController(options.abortSignal);
    let completed = false;
    try {
      const client = openAIClient({ apiKey: this.#apiKey, baseUrl: this.#baseUrl });
      const messages = await convertMessages(options.messages, {
        vision: this.capabilities.vision,
        audioInput: this.#preset.audioInput,
      });
      const chunks = await this.#open(client, messages, options, controller.signal);
      yield* readChunks(chunks);
      completed = true;
    } finally {
      // Only an unfinished response is cut off; a finished one keeps its pooled connection.
      if (!completed) controller.abort();
      dispose();
    }
  }

  /**
   * Opens the stream. A model that rejects tools or the reasoning switch is asked again
   * without them, so it still answers in text.
   */
  async #open(
    client: OpenAI,
    messages: ChatCompletionMessageParam[],
    options: StreamOptions,
    signal: AbortSignal,
  ): Promise<AsyncIterable<ChatCompletionChunk>> {
    const features = {
      tools: this.capabilities.tools && (options.tools?.length ?? 0) > 0,
      thinking:
        options.thinking === true && this.capabilities.thinking && !!this.#preset.thinkingParams,
    };
    for (;;) {
      try {
        const params = this.#params(messages, options, features);
        return await client.chat.completions.create(params, { signal });
      } catch (error) {
        if (features.tools && isToolsUnsupportedError(error)) features.tools = false;
        else if (features.thinking && isThinkingUnsupportedError(error)) features.thinking = false;
        else throw error;
      }
    }
  }

  #params(
    messages: ChatCompletionMessageParam[],
    options: StreamOptions,
    features: { tools: boolean; thinking: boolean },
  ): ChatCompletionCreateParamsStreaming {
    const preset = this.#preset;
    return {
      ...(features.thinking ? preset.thinkingParams : {}),
      model: this.modelId,
      messages,
      stream: true,
      ...(preset.streamUsage ? { stream_options: { include_usage: true } } : {}),
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.topP !== undefined ? { top_p: options.topP } : {}),
      ...(options.maxTokens !== undefined ? { [preset.maxTokensParam]: options.maxTokens } : {}),
      ...(features.tools && options.tools ? { tools: prepareTools(options.tools) } : {}),
    };
  }
}

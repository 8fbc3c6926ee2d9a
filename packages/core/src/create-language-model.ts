import { GoogleLanguageModel } from './google/google-model.js';
import type { FeatureSupportCache } from './google/feature-levels.js';
import { OpenAICompatibleLanguageModel } from './openai-compatible/openai-compatible-model.js';
import {
  openAICompatiblePresets,
  type OpenAICompatiblePresetId,
} from './openai-compatible/provider-presets.js';
import type { LanguageModel, ModelCapabilities } from './stream/language-model.js';

export interface LanguageModelConfig {
  /** The provider row's kind. */
  kind: 'openai-compatible' | 'google';
  /** The provider row's base URL; empty means the preset's (or OpenAI's / Google's). */
  baseUrl?: string | null | undefined;
  /** A known provider, when the row says which; otherwise it is told by `baseUrl`. */
  preset?: OpenAICompatiblePresetId | undefined;
  apiKey: string;
  modelId: string;
  capabilities: ModelCapabilities;
  /** Google only: where learned feature limitations are kept (tests inject a clock). */
  featureCache?: FeatureSupportCache | undefined;
}

/** The language model for a provider row and a model row. */
export function createLanguageModel(config: LanguageModelConfig): LanguageModel {
  const baseUrl = config.baseUrl?.trim() ? config.baseUrl.trim() : undefined;
  if (config.kind === 'google') {
    return new GoogleLanguageModel({
      modelId: config.modelId,
      apiKey: config.apiKey,
      baseUrl,
      capabilities: config.capabilities,
      featureCache: config.featureCache,
    });
  }
  const preset = config.preset ? openAICompatiblePresets[config.preset] : undefined;
  return new OpenAICompatibleLanguageModel({
    modelId: config.modelId,
    apiKey: config.apiKey,
    baseUrl: baseUrl ?? preset?.baseUrl,
    preset,
    capabilities: config.capabilities,
  });
}

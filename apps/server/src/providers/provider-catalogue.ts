import { SIM_MODELS } from '@enox/provider-sim';
import type { ModelCapabilities, ModelType, ProviderKind } from '../db/schema.js';

export interface CatalogueModel {
  readonly modelId: string;
  readonly name: string;
  readonly type: ModelType;
  readonly capabilities: ModelCapabilities;
}

export interface CatalogueProvider {
  readonly name: string;
  readonly kind: ProviderKind;
  readonly preset: string | null;
  readonly baseUrl: string | null;
  readonly apiKey: string | null;
  readonly simulated: boolean;
  readonly models: readonly CatalogueModel[];
}

const TEXT_ALL: ModelCapabilities = { thinking: true, tools: true, vision: true };
const TEXT_TOOLS: ModelCapabilities = { thinking: false, tools: true, vision: true };
const MEDIA: ModelCapabilities = {};

/**
 * The offline default: the in-process simulator, one provider per wire
 * protocol, with a model of every type. Its base URLs are resolved to the
 * live simulator at every start.
 */
export function simulatedCatalogue(): CatalogueProvider[] {
  const models = (protocol: 'openai' | 'gemini') =>
    SIM_MODELS.filter((m) => m.protocol === protocol).map((m) => ({
      modelId: m.id,
      name: `${m.name} (offline)`,
      type: m.type,
      capabilities: m.type === 'text' ? (m.id === 'sim-chat' ? TEXT_TOOLS : TEXT_ALL) : MEDIA,
    }));
  return [
    {
      name: 'Simulated (offline) · OpenAI protocol',
      kind: 'openai-compatible',
      preset: 'openai',
      baseUrl: 'sim://openai',
      apiKey: null,
      simulated: true,
      models: models('openai'),
    },
    {
      name: 'Simulated (offline) · Gemini protocol',
      kind: 'google',
      preset: null,
      baseUrl: 'sim://gemini',
      apiKey: null,
      simulated: true,
      models: models('gemini'),
    },
  ];
}

type ProviderEnv = Partial<
  Record<
    'openai' | 'gemini' | 'anthropic' | 'groq' | 'mistral' | 'openrouter' | 'deepseek' | 'xai',
    string
  >
> & {
  readonly ollamaBaseUrl?: string | undefined;
};

const text = (modelId: string, name: string, capabilities = TEXT_TOOLS): CatalogueModel => ({
  modelId,
  name,
  type: 'text',
  capabilities,
});

/** Providers for the keys found in the environment, with a current model line-up. */
export function environmentCatalogue(env: ProviderEnv): CatalogueProvider[] {
  const providers: CatalogueProvider[] = [];
  const add = (
    name: string,
    kind: ProviderKind,
    preset: string | null,
    apiKey: string | undefined,
    models: CatalogueModel[],
    baseUrl: string | null = null,
  ) => {
    if (apiKey) providers.push({ name, kind, preset, baseUrl, apiKey, simulated: false, models });
  };
  add('OpenAI', 'openai-compatible', 'openai', env.openai, [
    text('gpt-5-mini', 'GPT-5 mini', TEXT_ALL),
    text('gpt-4.1', 'GPT-4.1'),
    { modelId: 'gpt-image-1', name: 'GPT Image', type: 'image', capabilities: MEDIA },
    { modelId: 'gpt-4o-mini-tts', name: 'OpenAI TTS', type: 'tts', capabilities: MEDIA },
  ]);
  add('Google Gemini', 'google', null, env.gemini, [
    text('gemini-2.5-flash', 'Gemini 2.5 Flash', TEXT_ALL),
    text('gemini-2.5-pro', 'Gemini 2.5 Pro', TEXT_ALL),
    { modelId: 'imagen-4.0-generate-001', name: 'Imagen 4', type: 'image', capabilities: MEDIA },
    {
      modelId: 'gemini-2.5-flash-preview-tts',
      name: 'Gemini TTS',
      type: 'tts',
      capabilities: MEDIA,
    },
    { modelId: 'veo-3.0-generate-001', name: 'Veo 3', type: 'video', capabilities: MEDIA },
  ]);
  add('Anthropic', 'openai-compatible', 'anthropic', env.anthropic, [
    text('claude-sonnet-4-5', 'Claude Sonnet 4.5'),
  ]);
  add('Groq', 'openai-compatible', 'groq', env.groq, [
    text('llama-3.3-70b-versatile', 'Llama 3.3 70B (Groq)'),
  ]);
  add('Mistral', 'openai-compatible', 'mistral', env.mistral, [
    text('mistral-large-latest', 'Mistral Large'),
  ]);
  add('OpenRouter', 'openai-compatible', 'openrouter', env.openrouter, [
    text('openrouter/auto', 'OpenRouter Auto'),
  ]);
  add('DeepSeek', 'openai-compatible', 'deepseek', env.deepseek, [
    text('deepseek-chat', 'DeepSeek Chat'),
    text('deepseek-reasoner', 'DeepSeek Reasoner', { thinking: true, tools: false, vision: false }),
  ]);
  add('xAI', 'openai-compatible', 'xai', env.xai, [text('grok-4', 'Grok 4', TEXT_ALL)]);
  if (env.ollamaBaseUrl) {
    providers.push({
      name: 'Ollama',
      kind: 'openai-compatible',
      preset: 'ollama',
      baseUrl: env.ollamaBaseUrl,
      apiKey: 'ollama',
      simulated: false,
      models: [
        text('llama3.2', 'Llama 3.2 (local)', { thinking: false, tools: true, vision: false }),
      ],
    });
  }
  return providers;
}

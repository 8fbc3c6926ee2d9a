/**
 * What differs between OpenAI-compatible providers. Everything else is the same wire
 * protocol, which is why one adapter serves them all.
 */
export interface OpenAICompatiblePreset {
  id: string;
  name: string;
  baseUrl: string;
  /** Accepts `input_audio` content parts (wav/mp3). */
  audioInput: boolean;
  /** Accepts `stream_options.include_usage`; others report usage on their own or not at all. */
  streamUsage: boolean;
  /** OpenAI's reasoning models reject `max_tokens` and want `max_completion_tokens`. */
  maxTokensParam: 'max_tokens' | 'max_completion_tokens';
  /** Extra request fields that turn visible reasoning on, where the provider needs any. */
  thinkingParams?: Record<string, unknown>;
}

const base = { audioInput: false, streamUsage: true, maxTokensParam: 'max_tokens' } as const;

export const openAICompatiblePresets = {
  openai: {
    ...base,
    id: 'openai',
    name: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
    audioInput: true,
    maxTokensParam: 'max_completion_tokens',
    thinkingParams: { reasoning_effort: 'medium' },
  },
  anthropic: {
    ...base,
    id: 'anthropic',
    name: 'Anthropic',
    baseUrl: 'https://api.anthropic.com/v1/',
    thinkingParams: { thinking: { type: 'enabled', budget_tokens: 2048 } },
  },
  groq: { ...base, id: 'groq', name: 'Groq', baseUrl: 'https://api.groq.com/openai/v1' },
  // Mistral rejects unknown request fields such as stream_options.
  mistral: {
    ...base,
    id: 'mistral',
    name: 'Mistral',
    baseUrl: 'https://api.mistral.ai/v1',
    streamUsage: false,
  },
  openrouter: {
    ...base,
    id: 'openrouter',
    name: 'OpenRouter',
    baseUrl: 'https://openrouter.ai/api/v1',
    thinkingParams: { reasoning: { enabled: true } },
  },
  deepseek: { ...base, id: 'deepseek', name: 'DeepSeek', baseUrl: 'https://api.deepseek.com' },
  xai: { ...base, id: 'xai', name: 'xAI', baseUrl: 'https://api.x.ai/v1' },
  together: { ...base, id: 'together', name: 'Together', baseUrl: 'https://api.together.xyz/v1' },
  ollama: { ...base, id: 'ollama', name: 'Ollama', baseUrl: 'http://localhost:11434/v1' },
  lmstudio: { ...base, id: 'lmstudio', name: 'LM Studio', baseUrl: 'http://localhost:1234/v1' },
  vllm: { ...base, id: 'vllm', name: 'vLLM', baseUrl: 'http://localhost:8000/v1' },
} as const satisfies Record<string, OpenAICompatiblePreset>;

export type OpenAICompatiblePresetId = keyof typeof openAICompatiblePresets;

// Self-hosted and proxy servers mostly follow OpenAI's own `reasoning_effort` switch.
const customPreset: OpenAICompatiblePreset = {
  ...base,
  id: 'custom',
  name: 'Custom',
  baseUrl: '',
  thinkingParams: { reasoning_effort: 'medium' },
};

function normalize(url: string): string {
  return url.trim().replace(/\/+$/, '').toLowerCase();
}

/**
 * The preset for a base URL, so a provider row that only stores a URL still gets the
 * provider's quirks. Unknown URLs (self-hosted, proxies, the simulator) get the plain
 * protocol.
 */
export function presetForBaseUrl(baseUrl: string | undefined): OpenAICompatiblePreset {
  if (baseUrl === undefined || baseUrl.trim() === '') return openAICompatiblePresets.openai;
  const wanted = normalize(baseUrl);
  const known = Object.values(openAICompatiblePresets).find(
    (preset) => normalize(preset.baseUrl) === wanted,
  );
  return known ?? { ...customPreset, baseUrl };
}

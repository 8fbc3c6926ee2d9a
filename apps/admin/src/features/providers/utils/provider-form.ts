import type {
  AdminProvider,
  CreateProviderInput,
  ProviderKind,
  ProviderPreset,
  TestProviderKeyInput,
  UpdateProviderInput,
} from '@enox/contracts';

export interface ProviderFormValues extends Record<string, unknown> {
  kind: ProviderKind;
  name: string;
  preset: ProviderPreset | '';
  baseUrl: string;
  /** Empty when editing means "keep the stored key". */
  apiKey: string;
  active: boolean;
}

export const PRESET_LABELS: Record<ProviderPreset, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  groq: 'Groq',
  mistral: 'Mistral',
  openrouter: 'OpenRouter',
  deepseek: 'DeepSeek',
  xai: 'xAI',
  together: 'Together',
  ollama: 'Ollama (local)',
  lmstudio: 'LM Studio (local)',
  vllm: 'vLLM (local)',
};

export const KIND_LABELS: Record<ProviderKind, string> = {
  'openai-compatible': 'OpenAI-compatible',
  google: 'Google Gemini',
};

export function providerFormValues(provider?: AdminProvider): ProviderFormValues {
  return {
    kind: provider?.kind ?? 'openai-compatible',
    name: provider?.name ?? '',
    preset: provider?.preset ?? '',
    baseUrl: provider?.baseUrl ?? '',
    apiKey: '',
    active: provider?.active ?? true,
  };
}

const presetOf = (values: ProviderFormValues) =>
  values.kind === 'google' || values.preset === '' ? null : values.preset;
const baseUrlOf = (values: ProviderFormValues) => values.baseUrl.trim() || null;
const apiKeyOf = (values: ProviderFormValues) => values.apiKey.trim() || undefined;

export function toCreateProviderInput(values: ProviderFormValues): CreateProviderInput {
  return {
    kind: values.kind,
    name: values.name,
    preset: presetOf(values),
    baseUrl: baseUrlOf(values),
    active: values.active,
    ...(apiKeyOf(values) ? { apiKey: apiKeyOf(values) } : {}),
  };
}

/**
 * An edit sends the key only when one was typed, so the stored key stays.
 * The simulated provider takes no connection settings at all.
 */
export function toUpdateProviderInput(
  provider: AdminProvider,
  values: ProviderFormValues,
): UpdateProviderInput {
  const apiKey = apiKeyOf(values);
  return {
    id: provider.id,
    name: values.name,
    active: values.active,
    ...(provider.simulated
      ? {}
      : { preset: presetOf(values), baseUrl: baseUrlOf(values), ...(apiKey ? { apiKey } : {}) }),
  };
}

/** What "Test key" sends: the form as it stands, the stored key when none was typed. */
export function toTestKeyInput(
  provider: AdminProvider | undefined,
  values: ProviderFormValues,
): TestProviderKeyInput {
  const apiKey = apiKeyOf(values);
  if (provider?.simulated) return { id: provider.id };
  return {
    ...(provider ? { id: provider.id } : { kind: values.kind }),
    preset: presetOf(values),
    baseUrl: baseUrlOf(values),
    ...(apiKey ? { apiKey } : {}),
  };
}

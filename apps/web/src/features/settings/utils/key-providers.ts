import { keyProviderSchema, type KeyProvider } from '@enox/contracts';

export const KEY_PROVIDERS: readonly KeyProvider[] = keyProviderSchema.options;

export const KEY_PROVIDER_LABEL: Record<KeyProvider, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google (Gemini)',
  mistral: 'Mistral',
  groq: 'Groq',
  openrouter: 'OpenRouter',
  deepseek: 'DeepSeek',
  xai: 'xAI',
  custom: 'Custom (OpenAI-compatible)',
};

/** How a stored key is shown: never more than its last four characters. */
export function maskedKey(last4: string): string {
  return `•••• ${last4}`;
}

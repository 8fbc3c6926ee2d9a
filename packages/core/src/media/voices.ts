/** Gemini TTS prebuilt voices offered in the product. */
export const GOOGLE_VOICES = [
  'Kore',
  'Charon',
  'Fenrir',
  'Aoede',
  'Puck',
  'Leda',
  'Orus',
  'Zephyr',
] as const;

/** OpenAI TTS voices offered in the product. */
export const OPENAI_VOICES = ['alloy', 'echo', 'fable', 'onyx', 'nova', 'shimmer'] as const;

export type GoogleVoice = (typeof GOOGLE_VOICES)[number];
export type OpenAIVoice = (typeof OPENAI_VOICES)[number];
export type Voice = GoogleVoice | OpenAIVoice;

export const DEFAULT_GOOGLE_VOICE: GoogleVoice = 'Kore';
export const DEFAULT_OPENAI_VOICE: OpenAIVoice = 'alloy';

/**
 * The voice to request from a provider: the asked-for voice when that provider has it
 * (any casing), else the provider's default, since a voice of the other provider or a
 * made-up name would be rejected.
 */
export function resolveVoice(provider: 'google' | 'openai', voice: string | undefined): string {
  const voices: readonly string[] = provider === 'google' ? GOOGLE_VOICES : OPENAI_VOICES;
  const wanted = voice?.trim().toLowerCase();
  const match = voices.find((candidate) => candidate.toLowerCase() === wanted);
  return match ?? (provider === 'google' ? DEFAULT_GOOGLE_VOICE : DEFAULT_OPENAI_VOICE);
}

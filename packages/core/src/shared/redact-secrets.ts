// Shapes of the keys this platform handles (OpenAI/Anthropic/OpenRouter `sk-…`, Groq
// `gsk_…`, xAI `xai-…`, Google `AIza…`). Providers sometimes echo a key back in an error.
const KEY_PATTERNS = [
  /\b(?:sk|gsk|xai|pk)[-_][A-Za-z0-9_-]{12,}/g,
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  /\bBearer\s+[A-Za-z0-9._~+/-]{12,}=*/g,
];

/** Removes API keys from a message before it is shown or logged. */
export function redactSecrets(message: string, secrets: readonly string[] = []): string {
  let result = message;
  for (const secret of secrets) {
    // Very short strings would blank out ordinary words.
    if (secret.length >= 6) result = result.split(secret).join('[redacted]');
  }
  for (const pattern of KEY_PATTERNS) result = result.replace(pattern, '[redacted]');
  return result;
}

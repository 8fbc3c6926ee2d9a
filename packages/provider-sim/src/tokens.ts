/**
 * Splits text into word tokens (each keeps its surrounding spaces) so that joining the
 * tokens gives the text back exactly.
 */
export function splitTokens(text: string): string[] {
  return text.match(/\s*\S+\s*|\s+/g) ?? [];
}

/** Text or explicit chunks → chunks; a string is split into word tokens. */
export function toChunks(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? splitTokens(value) : [...value];
}

/** The usual rule of thumb for prompt size: about four characters per token. */
export function estimateTokens(chars: number): number {
  return Math.ceil(chars / 4);
}

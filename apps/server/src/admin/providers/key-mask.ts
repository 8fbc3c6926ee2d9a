/** Keys this short show no characters at all: four would be too much of them. */
const MIN_LENGTH_TO_SHOW_LAST4 = 12;

/**
 * What admins see of a key: its public prefix (`sk-`, `gsk_`, `xai-`) and its
 * last four characters, enough to tell keys apart and nothing more.
 */
export function maskKey(key: string): string {
  const prefix = /^[A-Za-z]{2,4}[-_]/.exec(key)?.[0] ?? '';
  if (key.length < MIN_LENGTH_TO_SHOW_LAST4) return `${prefix}••••`;
  return `${prefix}…${key.slice(-4)}`;
}

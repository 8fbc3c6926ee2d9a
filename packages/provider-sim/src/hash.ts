/** FNV-1a: a stable 32-bit hash, so the same input always picks the same variant. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A short deterministic id fragment (base 36). */
export function shortId(text: string): string {
  return hash32(text).toString(36);
}

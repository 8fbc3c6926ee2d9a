/**
 * Up to two initials for an avatar fallback: first and last word of a name,
 * or the first letter of an email's local part when there is no name.
 */
export function getInitials(name: string | null | undefined, email?: string | null): string {
  const words = (name ?? '').trim().split(/\s+/u).filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  if (first) {
    const letters = [first, last].map((word) => (word ? firstLetter(word) : ''));
    return letters.join('').toUpperCase();
  }
  const local = (email ?? '').split('@')[0] ?? '';
  return local ? firstLetter(local).toUpperCase() : '?';
}

function firstLetter(word: string): string {
  // Array.from keeps surrogate pairs (e.g. CJK extension letters) intact.
  return Array.from(word)[0] ?? '';
}

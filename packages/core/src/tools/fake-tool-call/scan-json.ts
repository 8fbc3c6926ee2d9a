/**
 * Where the JSON object starting at `text[0]` (a `{`) ends, counting braces outside
 * strings. Returns the index after the closing brace, or undefined while it is still open.
 */
export function jsonObjectEnd(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** The first key of an object that starts `{ "key"`, or undefined while it is incomplete. */
export function firstKey(text: string): { key: string; complete: boolean } | 'not-an-object' {
  const match = /^\{\s*/.exec(text);
  const offset = match ? match[0].length : 1;
  if (offset >= text.length) return { key: '', complete: false };
  if (text[offset] !== '"') return 'not-an-object';
  const close = text.indexOf('"', offset + 1);
  if (close === -1) return { key: text.slice(offset + 1), complete: false };
  return { key: text.slice(offset + 1, close), complete: true };
}

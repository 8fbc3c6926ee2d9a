/**
 * Opaque keyset cursors: a timestamp and an id, base64url-encoded. Bad
 * cursors from outside decode to null and the caller starts from the top.
 */
export interface KeysetCursor {
  readonly at: Date;
  readonly id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | undefined): KeysetCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string')
      return null;
    const at = new Date(parsed[0]);
    if (Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/i.test(parsed[1])) return null;
    return { at, id: parsed[1] };
  } catch {
    return null;
  }
}

/**
 * Opaque keyset cursors for the admin lists, newest first: a timestamp and an
 * id (a uuid or a bigserial). Anything unreadable starts from the top.
 */
export interface PageCursor {
  readonly at: Date;
  readonly id: string;
}

export function encodePageCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodePageCursor(value: string | undefined): PageCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string')
      return null;
    const at = new Date(parsed[0]);
    if (Number.isNaN(at.getTime()) || !/^[0-9a-f-]{1,36}$/i.test(parsed[1])) return null;
    return { at, id: parsed[1] };
  } catch {
    return null;
  }
}

/** Fetch one row more than the page holds: its presence says whether a next page exists. */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  key: (row: Row) => PageCursor,
  map: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last ? encodePageCursor(key(last)) : null,
  };
}

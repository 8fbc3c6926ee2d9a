import { describe, expect, it } from 'vitest';
import { decodePageCursor, encodePageCursor, toPage } from './page-cursor.js';

describe('admin page cursors', () => {
  it('round-trips a timestamp with a uuid or a bigserial id', () => {
    const at = new Date('2026-03-01T10:00:00.000Z');
    for (const id of ['42', '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60']) {
      expect(decodePageCursor(encodePageCursor({ at, id }))).toEqual({ at, id });
    }
  });

  it('reads anything malformed as the first page', () => {
    expect(decodePageCursor(undefined)).toBeNull();
    expect(decodePageCursor('not base64 json')).toBeNull();
    expect(decodePageCursor(Buffer.from('["nope","1"]').toString('base64url'))).toBeNull();
    expect(
      decodePageCursor(Buffer.from('["2026-01-01","1; drop"]').toString('base64url')),
    ).toBeNull();
  });

  it('offers a next page only when a row beyond the page came back', () => {
    const rows = [1, 2, 3].map((n) => ({ n, at: new Date(n * 1000) }));
    const key = (row: { n: number; at: Date }) => ({ at: row.at, id: String(row.n) });
    const full = toPage(rows, 2, key, (row) => row.n);
    expect(full.items).toEqual([1, 2]);
    expect(decodePageCursor(full.nextCursor ?? undefined)).toEqual({ at: new Date(2000), id: '2' });
    expect(toPage(rows, 3, key, (row) => row.n).nextCursor).toBeNull();
  });
});

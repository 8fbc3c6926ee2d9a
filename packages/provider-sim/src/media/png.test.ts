import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { promptImage } from './png.js';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    out.push({
      type: png.subarray(at + 4, at + 8).toString('ascii'),
      data: png.subarray(at + 8, at + 8 + length),
      crc: png.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

describe('PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes IHDR, IDAT and IEND chunks with valid CRCs and inflatable pixel rows', () => {
    const png = promptImage('sunset', 96, 64);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const c of list) {
      expect(c.crc).toBe(crc32(Buffer.concat([Buffer.from(c.type, 'ascii'), c.data])));
    }
    const raw = inflateSync(list[1]?.data ?? Buffer.alloc(0));
    expect(raw.length).toBe((96 * 3 + 1) * 64);
  });

  it('derives the picture from the seed', () => {
    expect(promptImage('a', 8, 8)).toEqual(promptImage('a', 8, 8));
    expect(promptImage('a', 8, 8)).not.toEqual(promptImage('b', 8, 8));
  });
});

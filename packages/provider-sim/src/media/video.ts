import { hash32 } from '../hash.js';

function box(type: string, payload: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + payload.length);
  return Buffer.concat([size, Buffer.from(type, 'ascii'), payload]);
}

/**
 * MP4-shaped bytes: a real `ftyp` box and an `mdat` box of prompt-derived bytes. Sniffers
 * and storage see an MP4; it is not a playable movie (no `moov`).
 */
export function fakeMp4(seed: string): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.concat([
      Buffer.from('isom', 'ascii'),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from('isomiso2mp41', 'ascii'),
    ]),
  );
  const data = Buffer.alloc(256);
  let h = hash32(seed);
  for (let i = 0; i < data.length; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    data[i] = h & 0xff;
  }
  return Buffer.concat([ftyp, box('mdat', data)]);
}

import { describe, expect, it } from 'vitest';
import { tinyMp4, videoColour, VIDEO_FPS, VIDEO_FRAMES, VIDEO_SIZE } from './video.js';

interface Box {
  type: string;
  start: number;
  payload: Buffer;
}

/** The boxes in `data`, in order, with their payloads. */
function boxes(data: Buffer, offset = 0): Box[] {
  const out: Box[] = [];
  for (let at = 0; at < data.length;) {
    const size = data.readUInt32BE(at);
    expect(size).toBeGreaterThanOrEqual(8);
    expect(at + size).toBeLessThanOrEqual(data.length);
    out.push({
      type: data.toString('ascii', at + 4, at + 8),
      start: offset + at,
      payload: data.subarray(at + 8, at + size),
    });
    at += size;
  }
  return out;
}

function find(data: Buffer, path: string[], offset = 0): Box {
  const [type, ...rest] = path;
  const found = boxes(data, offset).find((b) => b.type === type);
  if (!found) throw new Error(`no ${type}`);
  return rest.length === 0 ? found : find(found.payload, rest, found.start + 8);
}

const STBL = ['moov', 'trak', 'mdia', 'minf', 'stbl'];
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'dinf', 'stbl']);

/** Every box type, depth first; `boxes` fails if a child overruns its parent. */
function tree(data: Buffer): string[] {
  return boxes(data).flatMap((b) => [b.type, ...(CONTAINERS.has(b.type) ? tree(b.payload) : [])]);
}

/** Reads the start of an SPS RBSP up to the picture size (ITU-T H.264 §7.3.2.1.1). */
function spsSize(nal: Buffer): { profile: number; level: number; width: number; height: number } {
  let bit = 8; // past the NAL header
  const u = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++, bit++)
      v = (v << 1) | (((nal[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
    return v;
  };
  const ue = () => {
    let zeros = 0;
    while (u(1) === 0) zeros++;
    return (1 << zeros) - 1 + u(zeros);
  };
  const profile = u(8);
  u(8); // constraint flags
  const level = u(8);
  ue(); // seq_parameter_set_id
  ue(); // log2_max_frame_num_minus4
  expect(ue()).toBe(2); // pic_order_cnt_type
  ue(); // max_num_ref_frames
  u(1); // gaps_in_frame_num_value_allowed_flag
  const width = (ue() + 1) * 16;
  const height = (ue() + 1) * 16;
  expect(u(1)).toBe(1); // frame_mbs_only_flag
  return { profile, level, width, height };
}

describe('tinyMp4', () => {
  const file = tinyMp4('waves');

  it('is ftyp, moov, mdat, and each box size adds up to the file', () => {
    expect(boxes(file).map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
    const ftyp = find(file, ['ftyp']).payload;
    expect(ftyp.toString('ascii', 0, 4)).toBe('isom');
    expect(ftyp.toString('ascii', 8)).toContain('avc1');
    expect(tree(file)).toEqual([
      ...['ftyp', 'moov', 'mvhd', 'trak', 'tkhd', 'mdia', 'mdhd', 'hdlr', 'minf', 'vmhd'],
      ...['dinf', 'dref', 'stbl', 'stsd', 'stts', 'stss', 'stsc', 'stsz', 'stco', 'mdat'],
    ]);
    expect(find(file, ['moov', 'trak', 'mdia', 'hdlr']).payload.toString('ascii', 8, 12)).toBe(
      'vide',
    );
  });

  it('declares a 96×64 Constrained Baseline H.264 track of one second', () => {
    const tkhd = find(file, ['moov', 'trak', 'tkhd']).payload;
    expect([tkhd.readUInt32BE(76) >>> 16, tkhd.readUInt32BE(80) >>> 16]).toEqual([
      VIDEO_SIZE.width,
      VIDEO_SIZE.height,
    ]);
    const mvhd = find(file, ['moov', 'mvhd']).payload;
    expect(mvhd.readUInt32BE(16) / mvhd.readUInt32BE(12)).toBe(1);
    expect(tkhd.readUInt32BE(20)).toBe(mvhd.readUInt32BE(16)); // in the movie's timescale
    const mdhd = find(file, ['moov', 'trak', 'mdia', 'mdhd']).payload;
    expect(mdhd.readUInt32BE(16) / mdhd.readUInt32BE(12)).toBe(VIDEO_FRAMES / VIDEO_FPS);
    const stts = find(file, [...STBL, 'stts']).payload;
    expect([stts.readUInt32BE(4), stts.readUInt32BE(8), stts.readUInt32BE(12)]).toEqual([
      1,
      VIDEO_FRAMES,
      mdhd.readUInt32BE(12) / VIDEO_FPS,
    ]);
    const stsd = find(file, [...STBL, 'stsd']).payload;
    const avc1 = boxes(stsd.subarray(8))[0];
    expect(avc1?.type).toBe('avc1');
    expect([avc1?.payload.readUInt16BE(24), avc1?.payload.readUInt16BE(26)]).toEqual([
      VIDEO_SIZE.width,
      VIDEO_SIZE.height,
    ]);
    const avcC = find(avc1?.payload.subarray(78) ?? Buffer.alloc(0), ['avcC']).payload;
    // Version 1, Constrained Baseline (66, constraint_set0+1), level 1.1, 4-byte lengths.
    expect([...avcC.subarray(0, 6)]).toEqual([1, 66, 0xc0, 11, 0xff, 0xe1]);
    const sps = avcC.subarray(8, 8 + avcC.readUInt16BE(6));
    expect((sps[0] ?? 0) & 0x1f).toBe(7);
    expect(spsSize(sps)).toEqual({ profile: 66, level: 11, ...VIDEO_SIZE });
    const pps = avcC.subarray(8 + sps.length + 3);
    expect(avcC[8 + sps.length]).toBe(1);
    expect(pps.length).toBe(avcC.readUInt16BE(8 + sps.length + 1));
    expect((pps[0] ?? 0) & 0x1f).toBe(8);
  });

  it('indexes its samples exactly: sizes fill mdat, the chunk offset points at the first', () => {
    const stsz = find(file, [...STBL, 'stsz']).payload;
    const count = stsz.readUInt32BE(8);
    expect(count).toBe(VIDEO_FRAMES);
    const sizes = Array.from({ length: count }, (_, i) => stsz.readUInt32BE(12 + 4 * i));
    const mdat = find(file, ['mdat']);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(mdat.payload.length);
    const offset = find(file, [...STBL, 'stco']).payload.readUInt32BE(8);
    expect(offset).toBe(mdat.start + 8);
    // First sample: one length-prefixed IDR slice (NAL type 5); then P slices (type 1).
    expect(file.readUInt32BE(offset) + 4).toBe(sizes[0]);
    expect((file[offset + 4] ?? 0) & 0x1f).toBe(5);
    expect((file[offset + (sizes[0] ?? 0) + 4] ?? 0) & 0x1f).toBe(1);
    expect(find(file, [...STBL, 'stss']).payload.readUInt32BE(8)).toBe(1);
  });

  it('carries the seed colour as the raw I_PCM samples of every macroblock', () => {
    const mdat = find(file, ['mdat']).payload;
    const idr = mdat.subarray(4, 4 + mdat.readUInt32BE(0));
    // The NAL ends with the last macroblock's 256 Y, 64 Cb and 64 Cr bytes, then the stop bit.
    expect(idr.at(-1)).toBe(0x80);
    const [y, cb, cr] = [idr.at(-385) ?? 0, idr.at(-129) ?? 0, idr.at(-65) ?? 0];
    const macroblock = Buffer.concat([
      Buffer.alloc(256, y),
      Buffer.alloc(64, cb),
      Buffer.alloc(64, cr),
    ]);
    expect(idr.subarray(-385, -1).equals(macroblock)).toBe(true);
    let copies = 0;
    for (let at = idr.indexOf(macroblock); at >= 0; at = idr.indexOf(macroblock, at + 384))
      copies++;
    expect(copies).toBe((VIDEO_SIZE.width / 16) * (VIDEO_SIZE.height / 16));
    // BT.601 video range, as the SPS declares.
    const { r, g, b } = videoColour('waves');
    const luma = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
    const expected = [
      16 + 219 * luma,
      128 + (224 * (b / 255 - luma)) / 1.772,
      128 + (224 * (r / 255 - luma)) / 1.402,
    ];
    [y, cb, cr].forEach((sample, i) =>
      expect(Math.abs(sample - (expected[i] ?? 0))).toBeLessThanOrEqual(0.5),
    );
  });

  it('never contains a start code inside a NAL unit', () => {
    const mdat = find(file, ['mdat']).payload;
    for (let at = 0; at < mdat.length;) {
      const length = mdat.readUInt32BE(at);
      const nal = mdat.subarray(at + 4, at + 4 + length);
      expect(nal.includes(Buffer.from([0, 0, 1]))).toBe(false);
      expect(nal.includes(Buffer.from([0, 0, 0]))).toBe(false);
      at += 4 + length;
    }
  });

  it('is the same for the same prompt and differs between prompts', () => {
    expect(tinyMp4('waves').equals(file)).toBe(true);
    expect(tinyMp4('a rocket launch').equals(file)).toBe(false);
    expect(videoColour('a rocket launch')).not.toEqual(videoColour('waves'));
    expect(file.length).toBeLessThan(12_000);
  });
});

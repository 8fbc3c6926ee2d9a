import { hash32 } from '../hash.js';
import {
  CONSTRAINT_FLAGS,
  encodeStill,
  LEVEL_1_1,
  PROFILE_BASELINE,
  type StillPicture,
} from './h264.js';
import { mp4File } from './mp4-boxes.js';

/** Not square, so a swapped width and height cannot pass unnoticed. */
export const VIDEO_SIZE = { width: 96, height: 64 } as const;
export const VIDEO_FPS = 10;
export const VIDEO_FRAMES = 10;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The prompt's colour, away from black and white so no channel clips through YCbCr. */
export function videoColour(seed: string): Rgb {
  const h = hash32(seed);
  const channel = (shift: number) => 32 + ((h >>> shift) % 192);
  return { r: channel(0), g: channel(8), b: channel(16) };
}

/**
 * BT.601 video range, the matrix the SPS declares: Chromium renders it back within 2 of
 * the RGB, where its BT.709 conversion was up to 6 off in blue.
 */
function toYCbCr({ r, g, b }: Rgb): Pick<StillPicture, 'y' | 'cb' | 'cr'> {
  const [kr, kb] = [0.299, 0.114];
  const luma = (kr * r + (1 - kr - kb) * g + kb * b) / 255;
  return {
    y: Math.round(16 + 219 * luma),
    cb: Math.round(128 + (224 * (b / 255 - luma)) / (2 * (1 - kb))),
    cr: Math.round(128 + (224 * (r / 255 - luma)) / (2 * (1 - kr))),
  };
}

/** An access unit as MP4 stores it: the NAL unit behind a 4-byte length. */
function lengthPrefixed(nal: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(nal.length);
  return Buffer.concat([length, nal]);
}

/**
 * A real, playable MP4: one second of 96×64 H.264 (Constrained Baseline) at 10 fps, the
 * whole picture in one colour derived from `seed`; about 10 KB.
 */
export function tinyMp4(seed: string): Buffer {
  const stream = encodeStill({ ...VIDEO_SIZE, ...toYCbCr(videoColour(seed)) }, VIDEO_FRAMES);
  return mp4File({
    ...VIDEO_SIZE,
    timescale: 1000,
    sampleDelta: 1000 / VIDEO_FPS,
    samples: stream.frames.map(lengthPrefixed),
    sps: stream.sps,
    pps: stream.pps,
    profile: { profile: PROFILE_BASELINE, constraints: CONSTRAINT_FLAGS, level: LEVEL_1_1 },
  });
}

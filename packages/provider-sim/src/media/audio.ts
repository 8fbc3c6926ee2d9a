import { hash32 } from '../hash.js';

export const PCM_SAMPLE_RATE = 24000;

/** A short tone whose pitch and length follow the text: 16-bit little-endian mono PCM. */
export function speechPcm(text: string, voice: string, sampleRate = PCM_SAMPLE_RATE): Buffer {
  const seconds = Math.min(1.5, 0.25 + text.length * 0.02);
  const samples = Math.round(seconds * sampleRate);
  const frequency = 220 + (hash32(`${voice}:${text}`) % 440);
  const fade = Math.round(sampleRate * 0.02);
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    // Short fades avoid clicks at both ends.
    const envelope = Math.min(1, i / fade, (samples - i) / fade);
    const value = Math.sin((2 * Math.PI * frequency * i) / sampleRate) * 0.25 * envelope;
    pcm.writeInt16LE(Math.round(value * 32767), i * 2);
  }
  return pcm;
}

/** Wraps 16-bit mono PCM in the 44-byte RIFF/WAVE header. */
export function wavFromPcm(pcm: Buffer, sampleRate = PCM_SAMPLE_RATE): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

/**
 * Silent MPEG-1 Layer III: 128 kb/s, 44.1 kHz mono frames whose side info and main data are
 * zero, which decoders play as silence. Enough for players and magic-byte sniffing.
 */
export function silentMp3(seconds: number): Buffer {
  const frameBytes = 417; // 144 * 128000 / 44100, no padding
  const frames = Math.max(1, Math.ceil((seconds * 44100) / 1152));
  const out = Buffer.alloc(frameBytes * frames);
  for (let f = 0; f < frames; f++) out.set([0xff, 0xfb, 0x90, 0xc4], f * frameBytes);
  return out;
}

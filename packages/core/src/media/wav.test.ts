import { describe, expect, it } from 'vitest';
import { pcmFormatFromMimeType, pcmToWav, sniffAudio, toPlayableAudio } from './wav.js';

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

describe('pcmToWav', () => {
  it('writes a correct 44-byte RIFF/WAVE header before the samples', () => {
    const pcm = new Uint8Array([1, 0, 2, 0, 3, 0, 4, 0]);
    const wav = pcmToWav(pcm, { sampleRate: 24_000, channels: 1, bitsPerSample: 16 });
    const view = new DataView(wav.buffer);
    expect(wav.byteLength).toBe(44 + pcm.byteLength);
    expect(ascii(wav, 0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(36 + pcm.byteLength);
    expect(ascii(wav, 8, 4)).toBe('WAVE');
    expect(ascii(wav, 12, 4)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(24_000);
    expect(view.getUint32(28, true)).toBe(48_000);
    expect(view.getUint16(32, true)).toBe(2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(ascii(wav, 36, 4)).toBe('data');
    expect(view.getUint32(40, true)).toBe(pcm.byteLength);
    expect([...wav.subarray(44)]).toEqual([...pcm]);
  });

  it('reads the sample rate from the MIME type', () => {
    expect(pcmFormatFromMimeType('audio/L16;codec=pcm;rate=16000')).toEqual({
      sampleRate: 16_000,
      channels: 1,
      bitsPerSample: 16,
    });
    expect(pcmFormatFromMimeType('audio/pcm').sampleRate).toBe(24_000);
  });
});

describe('toPlayableAudio', () => {
  it('wraps raw PCM, and passes WAV and MP3 through untouched', () => {
    const pcm = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0]); // samples of -1: not an MP3 frame
    const wrapped = toPlayableAudio(pcm, 'audio/L16;codec=pcm;rate=24000');
    expect(wrapped.mimeType).toBe('audio/wav');
    expect(wrapped.bytes.byteLength).toBe(44 + pcm.byteLength);

    const wav = pcmToWav(new Uint8Array(4), { sampleRate: 8000, channels: 1, bitsPerSample: 16 });
    expect(toPlayableAudio(wav, 'audio/L16;rate=24000')).toEqual({
      bytes: wav,
      mimeType: 'audio/wav',
    });

    const mp3Frame = new Uint8Array([0xff, 0xfb, 0x90, 0x64, 0, 0]);
    expect(sniffAudio(mp3Frame)).toBe('mp3');
    expect(toPlayableAudio(mp3Frame, 'audio/L16;rate=24000')).toEqual({
      bytes: mp3Frame,
      mimeType: 'audio/mpeg',
    });
    const id3 = new TextEncoder().encode('ID3\u0004rest');
    expect(toPlayableAudio(id3, 'audio/pcm').mimeType).toBe('audio/mpeg');
  });
});

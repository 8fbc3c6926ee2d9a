export interface PcmFormat {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
}

const WAV_HEADER_BYTES = 44;

/**
 * Wraps raw little-endian PCM in a 44-byte RIFF/WAVE header, because browsers cannot
 * play headerless PCM (what Gemini TTS returns).
 */
export function pcmToWav(pcm: Uint8Array, format: PcmFormat): Uint8Array {
  const { sampleRate, channels, bitsPerSample } = format;
  const blockAlign = (channels * bitsPerSample) / 8;
  const wav = new Uint8Array(WAV_HEADER_BYTES + pcm.byteLength);
  const view = new DataView(wav.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + pcm.byteLength, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size for PCM
  view.setUint16(20, 1, true); // audio format 1 = linear PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true); // byte rate
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, bitsPerSample, true);
  ascii(36, 'data');
  view.setUint32(40, pcm.byteLength, true);
  wav.set(pcm, WAV_HEADER_BYTES);
  return wav;
}

/** The PCM format in a MIME type such as `audio/L16;codec=pcm;rate=24000`. */
export function pcmFormatFromMimeType(mimeType: string): PcmFormat {
  const rate = /rate=(\d+)/i.exec(mimeType)?.[1];
  const channels = /channels=(\d+)/i.exec(mimeType)?.[1];
  const bits = /audio\/l(8|16|24|32)\b/i.exec(mimeType)?.[1];
  return {
    sampleRate: rate ? Number(rate) : 24_000,
    channels: channels ? Number(channels) : 1,
    bitsPerSample: bits ? Number(bits) : 16,
  };
}

export type AudioContainer = 'wav' | 'mp3' | 'ogg' | 'flac';

/** Recognises playable audio by its first bytes, whatever MIME type it was labelled with. */
export function sniffAudio(bytes: Uint8Array): AudioContainer | undefined {
  const text = (start: number, length: number) =>
    String.fromCharCode(...bytes.subarray(start, start + length));
  if (bytes.byteLength >= 12 && text(0, 4) === 'RIFF' && text(8, 4) === 'WAVE') return 'wav';
  if (text(0, 3) === 'ID3') return 'mp3';
  if (isMpegFrameHeader(bytes)) return 'mp3';
  if (text(0, 4) === 'OggS') return 'ogg';
  if (text(0, 4) === 'fLaC') return 'flac';
  return undefined;
}

/**
 * An MPEG audio frame: an 11-bit sync word, then a valid layer, bitrate and sample rate.
 * The extra checks keep raw PCM that happens to start with 0xFF 0xFF (a sample of -1)
 * from passing as MP3.
 */
function isMpegFrameHeader(bytes: Uint8Array): boolean {
  const [b0, b1, b2] = bytes;
  if (b0 === undefined || b1 === undefined || b2 === undefined) return false;
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const layer = (b1 >> 1) & 0b11;
  const bitrate = b2 >> 4;
  const sampleRate = (b2 >> 2) & 0b11;
  return layer !== 0 && bitrate !== 0b1111 && sampleRate !== 0b11;
}

const CONTAINER_MIME: Record<AudioContainer, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
};

export function isRawPcmMimeType(mimeType: string): boolean {
  return /^audio\/(l8|l16|l24|l32|pcm|raw)\b/i.test(mimeType.trim());
}

/**
 * Audio a browser can play: data that already is WAV/MP3/OGG/FLAC passes through
 * untouched (wrapping it again would produce noise); raw PCM (`audio/L16`, `audio/pcm`,
 * or unlabelled) is wrapped into WAV.
 */
export function toPlayableAudio(
  bytes: Uint8Array,
  mimeType: string,
): { bytes: Uint8Array; mimeType: string } {
  const container = sniffAudio(bytes);
  if (container) return { bytes, mimeType: CONTAINER_MIME[container] };
  // A labelled container we do not sniff (AAC, Opus in WebM…) is already playable.
  if (!isRawPcmMimeType(mimeType) && /^audio\//i.test(mimeType)) return { bytes, mimeType };
  return { bytes: pcmToWav(bytes, pcmFormatFromMimeType(mimeType)), mimeType: 'audio/wav' };
}

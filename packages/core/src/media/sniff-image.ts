/** The image type given by the first bytes; providers do not always say which they sent. */
export function sniffImageMimeType(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x89 && b1 === 0x50 && b2 === 0x4e && b3 === 0x47) return 'image/png';
  if (b0 === 0xff && b1 === 0xd8 && b2 === 0xff) return 'image/jpeg';
  if (b0 === 0x47 && b1 === 0x49 && b2 === 0x46) return 'image/gif';
  const ascii = (start: number) => String.fromCharCode(...bytes.subarray(start, start + 4));
  if (ascii(0) === 'RIFF' && ascii(8) === 'WEBP') return 'image/webp';
  return undefined;
}

/**
 * Formats to record voice in, best first. iOS Safari records only MP4/AAC and
 * silently produces empty files for WebM, so WebM (Chrome, Firefox) comes last.
 */
export const RECORDER_MIME_PREFERENCE = ['audio/mp4', 'audio/aac', 'audio/webm'] as const;

export type RecorderMime = (typeof RECORDER_MIME_PREFERENCE)[number];

/** The first supported format, or undefined when the browser can record none of them. */
export function pickRecorderMime(
  isTypeSupported: (mime: string) => boolean,
): RecorderMime | undefined {
  return RECORDER_MIME_PREFERENCE.find((mime) => {
    try {
      return isTypeSupported(mime);
    } catch {
      return false;
    }
  });
}

/** A file name for a recording in the given format. */
export function recordingFileName(mime: string, at: Date): string {
  const extension = mime.includes('mp4') ? 'm4a' : mime.includes('aac') ? 'aac' : 'webm';
  const stamp = at.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `voice-${stamp}.${extension}`;
}

export const IMAGE_ASPECT_RATIOS = ['1:1', '16:9', '9:16', '4:3', '3:4'] as const;
export const VIDEO_ASPECT_RATIOS = ['16:9', '9:16'] as const;

export type ImageAspectRatio = (typeof IMAGE_ASPECT_RATIOS)[number];
export type VideoAspectRatio = (typeof VIDEO_ASPECT_RATIOS)[number];

const WORDS: Record<string, string> = {
  square: '1:1',
  landscape: '16:9',
  wide: '16:9',
  widescreen: '16:9',
  portrait: '9:16',
  vertical: '9:16',
  tall: '9:16',
};

/** Reads "16:9", "16x9", "16/9" or words like "landscape" as one of `allowed`. */
export function parseAspectRatio<T extends string>(
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.trim().toLowerCase();
  const normalized = WORDS[cleaned] ?? cleaned.replace(/\s+/g, '').replace(/[x/]/, ':');
  return allowed.find((ratio) => ratio === normalized);
}

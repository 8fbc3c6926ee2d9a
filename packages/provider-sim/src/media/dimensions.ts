/** Generated images stay tiny: this many pixels on the short side. */
export const SHORT_SIDE = 64;

/** Scales a width:height ratio so the short side is `SHORT_SIDE`. */
function scale(w: number, h: number): { width: number; height: number } {
  if (!(w > 0 && h > 0)) return { width: SHORT_SIDE, height: SHORT_SIDE };
  const factor = SHORT_SIDE / Math.min(w, h);
  return { width: Math.round(w * factor), height: Math.round(h * factor) };
}

/** Imagen / Veo `aspectRatio` such as `16:9`; anything unreadable is square. */
export function sizeForAspectRatio(aspectRatio: unknown): { width: number; height: number } {
  const m = typeof aspectRatio === 'string' ? /^(\d+):(\d+)$/.exec(aspectRatio) : null;
  return m ? scale(Number(m[1]), Number(m[2])) : scale(1, 1);
}

/** OpenAI `size` such as `1792x1024`, keeping its ratio; `auto` or unreadable is square. */
export function sizeForOpenAISize(size: unknown): { width: number; height: number } {
  const m = typeof size === 'string' ? /^(\d+)x(\d+)$/.exec(size) : null;
  return m ? scale(Number(m[1]), Number(m[2])) : scale(1, 1);
}

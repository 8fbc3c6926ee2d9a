/**
 * Splits markdown into top-level blocks at blank lines, never inside a fenced
 * code block or a `$$` math block. While an answer streams, every block but the
 * last is settled (its text can no longer change), so it can be rendered once
 * and memoised; only the open tail is parsed again as tokens arrive.
 */
export interface MarkdownBlocks {
  settled: string[];
  /** The last block, still growing while the answer streams ('' if none). */
  tail: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MATH_FENCE = /^ {0,3}\$\$\s*$/;

export function splitMarkdownBlocks(text: string): MarkdownBlocks {
  const settled: string[] = [];
  let current: string[] = [];
  let fence: { char: string; length: number } | null = null;
  let inMath = false;

  for (const line of text.split('\n')) {
    if (fence) {
      current.push(line);
      const close = FENCE.exec(line);
      const marker = close?.[1];
      if (
        marker &&
        marker[0] === fence.char &&
        marker.length >= fence.length &&
        line.trim() === marker
      ) {
        fence = null;
      }
      continue;
    }
    if (inMath) {
      current.push(line);
      if (MATH_FENCE.test(line)) inMath = false;
      continue;
    }
    if (line.trim() === '') {
      if (current.length > 0) {
        settled.push(current.join('\n'));
        current = [];
      }
      continue;
    }
    const open = FENCE.exec(line)?.[1];
    if (open) fence = { char: open[0] ?? '`', length: open.length };
    else if (MATH_FENCE.test(line)) inMath = true;
    current.push(line);
  }
  return { settled, tail: current.join('\n') };
}

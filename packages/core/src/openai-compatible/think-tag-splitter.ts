export interface ContentSegment {
  kind: 'text' | 'reasoning';
  text: string;
}

const OPEN = '<think>';
const CLOSE = '</think>';

/**
 * Splits streamed content into text and `<think>…</think>` reasoning, as models such as
 * DeepSeek-R1 and Qwen write it. A tag may arrive cut across chunks, so a tail that could
 * be the start of a tag is held back until the next chunk decides.
 */
export class ThinkTagSplitter {
  #inThink = false;
  #held = '';
  // After `</think>` models usually write blank lines before the answer.
  #trimNextText = false;

  push(chunk: string): ContentSegment[] {
    const segments: ContentSegment[] = [];
    let rest = this.#held + chunk;
    this.#held = '';
    while (rest !== '') {
      const tag = this.#inThink ? CLOSE : OPEN;
      const index = rest.indexOf(tag);
      if (index >= 0) {
        this.#emit(segments, rest.slice(0, index));
        rest = rest.slice(index + tag.length);
        this.#inThink = !this.#inThink;
        if (!this.#inThink) this.#trimNextText = true;
        continue;
      }
      const partial = partialTagSuffix(rest, tag);
      this.#emit(segments, rest.slice(0, rest.length - partial));
      this.#held = rest.slice(rest.length - partial);
      rest = '';
    }
    return segments;
  }

  /** Releases a held tail that turned out not to be a tag. */
  flush(): ContentSegment[] {
    const segments: ContentSegment[] = [];
    this.#emit(segments, this.#held);
    this.#held = '';
    return segments;
  }

  #emit(segments: ContentSegment[], text: string): void {
    const kind = this.#inThink ? 'reasoning' : 'text';
    let value = text;
    if (kind === 'text' && this.#trimNextText) {
      value = value.replace(/^\s+/, '');
      if (value !== '') this.#trimNextText = false;
    }
    if (value === '') return;
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += value;
    else segments.push({ kind, text: value });
  }
}

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialTagSuffix(text: string, tag: string): number {
  for (let length = Math.min(tag.length - 1, text.length); length > 0; length--) {
    if (text.endsWith(tag.slice(0, length))) return length;
  }
  return 0;
}

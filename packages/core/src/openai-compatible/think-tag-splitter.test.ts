import { describe, expect, it } from 'vitest';
import { ThinkTagSplitter, type ContentSegment } from './think-tag-splitter.js';

function split(chunks: readonly string[]): {
  text: string;
  reasoning: string;
  segments: ContentSegment[];
} {
  const splitter = new ThinkTagSplitter();
  const segments = [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.flush()];
  const join = (kind: ContentSegment['kind']) =>
    segments
      .filter((segment) => segment.kind === kind)
      .map((segment) => segment.text)
      .join('');
  return { text: join('text'), reasoning: join('reasoning'), segments };
}

describe('ThinkTagSplitter', () => {
  it('separates a <think> block from the answer', () => {
    const result = split(['<think>Let me see.</think>\n\nThe answer is 4.']);
    expect(result.reasoning).toBe('Let me see.');
    expect(result.text).toBe('The answer is 4.');
  });

  it('handles tags cut at every possible point across chunks', () => {
    const content = 'Intro <think>step one, step two</think>Answer <b>bold</b> done';
    for (let cut = 1; cut < content.length; cut++) {
      const result = split([content.slice(0, cut), content.slice(cut)]);
      expect(result.reasoning, `cut at ${cut}`).toBe('step one, step two');
      expect(result.text, `cut at ${cut}`).toBe('Intro Answer <b>bold</b> done');
    }
    const byChar = split([...content]);
    expect(byChar.reasoning).toBe('step one, step two');
    expect(byChar.text).toBe('Intro Answer <b>bold</b> done');
  });

  it('releases a held "<" that was not a tag', () => {
    const result = split(['a <', 't', 'hin']);
    expect(result.text).toBe('a <thin');
    expect(result.reasoning).toBe('');
  });

  it('keeps an unclosed block as reasoning', () => {
    expect(split(['<think>still thinking']).reasoning).toBe('still thinking');
  });
});

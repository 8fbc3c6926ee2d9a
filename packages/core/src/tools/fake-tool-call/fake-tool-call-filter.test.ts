import { describe, expect, it } from 'vitest';
import type { FakeToolCall } from './detect-fake-tool-call.js';
import { FAKE_CALL_FORMATS } from './test-fake-calls.js';
import { FakeToolCallFilter, type FilterEvent } from './fake-tool-call-filter.js';

interface Run {
  shown: string[];
  calls: FakeToolCall[];
}

function run(chunks: readonly string[]): Run {
  const filter = new FakeToolCallFilter();
  const events: FilterEvent[] = [
    ...chunks.flatMap((chunk) => filter.push(chunk)),
    ...filter.flush(),
  ];
  return {
    shown: events.flatMap((event) => (event.type === 'text' ? [event.text] : [])),
    calls: events.flatMap((event) => (event.type === 'tool-call' ? [event.call] : [])),
  };
}

/** Every way of cutting `text` into two chunks, and one character per chunk. */
function splits(text: string): string[][] {
  const result: string[][] = [[...text]];
  for (let cut = 1; cut < text.length; cut++) result.push([text.slice(0, cut), text.slice(cut)]);
  return result;
}

const wrappings = {
  raw: (json: string) => `Sure! ${json}`,
  fenced: (json: string) => `Sure!\n\`\`\`json\n${json}\n\`\`\`\n`,
  'fenced without language': (json: string) => `Sure!\n\`\`\`\n${json}\n\`\`\``,
};

describe('FakeToolCallFilter', () => {
  for (const [wrapping, wrap] of Object.entries(wrappings)) {
    it.each(FAKE_CALL_FORMATS)(
      `takes out a $format call (${wrapping}) however it is chunked`,
      ({ json, call }) => {
        for (const chunks of splits(wrap(json))) {
          const { shown, calls } = run(chunks);
          expect(calls).toEqual([call]);
          expect(shown.join('').trim()).toBe('Sure!');
          // Nothing of the JSON was ever emitted, not even briefly.
          for (const piece of shown) expect(piece).not.toMatch(/[{`]/);
        }
      },
    );
  }

  it('shows ordinary braces, code and JSON unchanged', () => {
    const texts = [
      'Use a set {1, 2, 3} or a map.',
      'Here is JSON: {"name": "Ada", "age": 36} and more text',
      'Code:\n```python\ndef f(x): return {x: 1}\n```\nDone',
      'LaTeX \\frac{a}{b} and `inline` code',
      '```json\n{"tool": "hammer", "prompt": "nail"}\n```',
      'An unfinished {"tool": "generate_image", "prompt": "a cat"',
    ];
    for (const text of texts) {
      for (const chunks of splits(text)) {
        const { shown, calls } = run(chunks);
        expect(calls).toEqual([]);
        expect(shown.join('')).toBe(text);
      }
    }
  });

  it('releases text before a candidate at once and holds only from the brace', () => {
    const filter = new FakeToolCallFilter();
    expect(filter.push('Drawing it now: {"to')).toEqual([
      { type: 'text', text: 'Drawing it now: ' },
    ]);
    expect(filter.push('ol": "generate_image", "prompt": "a boat"}')).toEqual([
      { type: 'tool-call', call: { name: 'generate_image', args: { prompt: 'a boat' } } },
    ]);
  });

  it('lets an object that starts with an unrelated key through without waiting for its end', () => {
    const filter = new FakeToolCallFilter();
    expect(filter.push('{"city": "Paris", ')).toEqual([
      { type: 'text', text: '{"city": "Paris", ' },
    ]);
  });
});

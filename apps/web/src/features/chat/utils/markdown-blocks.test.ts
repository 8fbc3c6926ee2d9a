import { describe, expect, it } from 'vitest';
import { splitMarkdownBlocks } from './markdown-blocks';

describe('splitMarkdownBlocks', () => {
  it('splits paragraphs at blank lines; the last block stays open', () => {
    expect(splitMarkdownBlocks('First para\nstill first\n\nSecond\n\nThi')).toEqual({
      settled: ['First para\nstill first', 'Second'],
      tail: 'Thi',
    });
  });

  it('settles everything once the text ends with a blank line', () => {
    expect(splitMarkdownBlocks('# Title\n\n- a\n- b\n\n')).toEqual({
      settled: ['# Title', '- a\n- b'],
      tail: '',
    });
  });

  it('never splits inside a fenced code block, even at blank lines', () => {
    const code = '```ts\nconst a = 1;\n\nconst b = 2;\n```';
    expect(splitMarkdownBlocks(`Intro\n\n${code}\n\nAfter`)).toEqual({
      settled: ['Intro', code],
      tail: 'After',
    });
  });

  it('keeps an unclosed fence (still streaming) in the tail', () => {
    const text = 'Intro\n\n```py\nprint(1)\n\nprint(2)';
    expect(splitMarkdownBlocks(text)).toEqual({
      settled: ['Intro'],
      tail: '```py\nprint(1)\n\nprint(2)',
    });
  });

  it('closes a fence only with the same marker, at least as long', () => {
    const code = '````md\n```js\nx\n```\n\nstill code\n````';
    expect(splitMarkdownBlocks(`${code}\n\nnext`).settled).toEqual([code]);
    const tilde = '~~~\n```\n\nin\n~~~';
    expect(splitMarkdownBlocks(`${tilde}\n\nz`).settled).toEqual([tilde]);
  });

  it('keeps a $$ math block whole', () => {
    const math = '$$\na = b\n\nc = d\n$$';
    expect(splitMarkdownBlocks(`${math}\n\nok`)).toEqual({ settled: [math], tail: 'ok' });
  });

  it('keeps GFM tables together and treats blank-only text as empty', () => {
    const table = '| a | b |\n| - | - |\n| 1 | 2 |';
    expect(splitMarkdownBlocks(`${table}\n\n`).settled).toEqual([table]);
    expect(splitMarkdownBlocks('\n\n  \n')).toEqual({ settled: [], tail: '' });
  });

  it('gives the same settled blocks as the text grows (they can be memoised)', () => {
    const full = 'One\n\nTwo two\n\n```\ncode\n```\n\nEnd of it';
    let previous: string[] = [];
    for (let i = 1; i <= full.length; i++) {
      const { settled } = splitMarkdownBlocks(full.slice(0, i));
      expect(settled.slice(0, previous.length)).toEqual(previous);
      previous = settled;
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpText, tokensText } from './directive-replies.js';
import { DIRECTIVES } from './directives.js';
import { parseDirectives } from './parse-directives.js';

describe('parseDirectives', () => {
  it('reads flags, values and the fake-tool format, and returns the message without them', () => {
    const parsed = parseDirectives(
      '[sim:think=tags] Draw a fox [sim:tokens=40]\n[sim:TPS=20] [sim:ttft=0] [sim:fake-tool:c:fenced]',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.found).toHaveLength(5);
    expect(parsed.directives).toEqual({
      think: 'think-tags',
      tokens: 40,
      tokensPerSecond: 20,
      firstTokenMs: 0,
      fakeTool: { format: 'function', fenced: true },
    });
    expect(parsed.rest).toBe('Draw a fox');
  });

  it.each([
    ['[sim:error=401]', { error: 401 }],
    ['[sim:error=400-unsupported]', { error: 'unsupported' }],
    ['[sim:disconnect-after=0]', { disconnectAfter: 0 }],
    ['[sim:hang] [sim:echo] [sim:json-example]', { hang: true, echo: true, jsonExample: true }],
    ['[sim:image] [sim:tts]', { nativeTool: 'generate_tts' }],
  ])('%s', (text, directives) => {
    expect(parseDirectives(text).directives).toEqual(directives);
  });

  it.each([
    ['[sim:tokens=abc]', 'needs a whole number from 1 to 100000'],
    ['[sim:tokens=0]', 'needs a whole number from 1 to 100000'],
    ['[sim:error=200]', 'HTTP status from 400 to 599'],
    ['[sim:fake-tool:F]', 'format letter A to E'],
    ['[sim:echo=1]', 'takes no value'],
    ['[sim:teleport]', '[sim:teleport] is not a simulator directive.'],
  ])('explains what is wrong with %s', (text, problem) => {
    const parsed = parseDirectives(text);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toContain(problem);
  });

  it('ignores brackets that are not directives', () => {
    const parsed = parseDirectives('An array [1, 2] and [sim] and [simulate:x]');
    expect(parsed.found).toEqual([]);
    expect(parsed.rest).toBe('An array [1, 2] and [sim] and [simulate:x]');
  });
});

describe('tokensText', () => {
  it('has exactly the asked number of word tokens, the same for the same seed', () => {
    for (const count of [1, 2, 59, 60, 61, 500]) {
      const text = tokensText(count, 'seed');
      expect(text.split(/\s+/)).toHaveLength(count);
      expect(text).toBe(tokensText(count, 'seed'));
      expect(text.endsWith('.')).toBe(true);
    }
    expect(tokensText(30, 'one')).not.toBe(tokensText(30, 'two'));
  });
});

describe('documentation', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  it.each(DIRECTIVES.map((d) => [d.name, d.syntax]))(
    '[sim:%s] has a README row and a line in [sim:help]',
    (name, syntax) => {
      expect(readme).toMatch(new RegExp(`^\\| \`\\[sim:${name}[\\]=:]`, 'm'));
      expect(helpText()).toContain(syntax);
    },
  );
});

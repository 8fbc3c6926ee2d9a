import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, describeSim, parseCliArgs } from './cli-args.js';

describe('parseCliArgs', () => {
  it('defaults to a fixed port on 127.0.0.1 that accepts any key', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'run',
      options: { port: DEFAULT_PORT, host: '127.0.0.1', apiKey: undefined },
    });
  });

  it('reads port, host and key', () => {
    expect(parseCliArgs(['--port', '0', '--host', '0.0.0.0', '--api-key', 'k'])).toEqual({
      kind: 'run',
      options: { port: 0, host: '0.0.0.0', apiKey: 'k' },
    });
    expect(parseCliArgs(['--port=8080'])).toMatchObject({ options: { port: 8080 } });
  });

  it.each([
    [['--port', 'abc'], '--port must be a whole number from 0 to 65535 (got "abc")'],
    [['--port', '70000'], '--port must be a whole number'],
    [['--port=-1'], '--port must be a whole number'],
    [['--api-key', ' '], '--api-key must not be empty'],
    [['--colour'], "Unknown option '--colour'"],
    [['serve'], "Unexpected argument 'serve'"],
  ])('explains %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });

  it('asks for help with --help or -h', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
  });
});

it('prints both base URLs, the models and how to choose scenarios', () => {
  const text = describeSim(
    {
      url: 'http://127.0.0.1:4010',
      openaiBaseUrl: 'http://127.0.0.1:4010/openai/v1',
      geminiBaseUrl: 'http://127.0.0.1:4010/gemini',
    },
    undefined,
  );
  expect(text).toContain('OpenAI base URL  http://127.0.0.1:4010/openai/v1');
  expect(text).toContain('Gemini base URL  http://127.0.0.1:4010/gemini');
  expect(text).toContain('sim-gemini-no-thinking');
  expect(text).toContain('[sim:help]');
});

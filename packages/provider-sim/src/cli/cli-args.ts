import { parseArgs } from 'node:util';
import { SIM_MODELS } from '../catalog.js';

export const DEFAULT_PORT = 4010;

export const USAGE = `Usage: npm run sim -- [--port <n>] [--host <h>] [--api-key <k>]

Starts the Enox provider simulator: the OpenAI and Gemini APIs, offline.
  --port <n>      port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <h>      address to listen on (default 127.0.0.1)
  --api-key <k>   accept only this key (default: any key)
  --help          show this help

Type [sim:help] in a chat message to list the scenarios.`;

export interface CliOptions {
  port: number;
  host: string;
  apiKey: string | undefined;
}

export type ParsedCli =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

/** Reads the command line; a mistake is a message for the person, never a stack trace. */
export function parseCliArgs(argv: readonly string[]): ParsedCli {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'api-key': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? String(DEFAULT_PORT)) || port > 65_535) {
    return {
      kind: 'error',
      message: `--port must be a whole number from 0 to 65535 (got "${values.port}")`,
    };
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') return { kind: 'error', message: '--host must not be empty' };
  const apiKey = values['api-key'];
  if (apiKey !== undefined && apiKey.trim() === '') {
    return { kind: 'error', message: '--api-key must not be empty' };
  }
  return { kind: 'run', options: { port, host, apiKey } };
}

/** What the running simulator prints: where to point the SDKs, and what to call. */
export function describeSim(
  sim: { url: string; openaiBaseUrl: string; geminiBaseUrl: string },
  apiKey: string | undefined,
): string {
  const models = (protocol: 'openai' | 'gemini') =>
    SIM_MODELS.filter((m) => m.protocol === protocol)
      .map((m) => m.id)
      .join(', ');
  return [
    `Enox provider simulator listening on ${sim.url}`,
    '',
    `  OpenAI base URL  ${sim.openaiBaseUrl}`,
    `  Gemini base URL  ${sim.geminiBaseUrl}`,
    `  API key          ${apiKey === undefined ? 'any' : 'the one given with --api-key'}`,
    '',
    `  OpenAI models    ${models('openai')}`,
    `  Gemini models    ${models('gemini')}`,
    '',
    'Any other model id works too. Put [sim:…] directives in the last user message to choose',
    'a scenario ([sim:help] lists them). Ctrl+C stops.',
  ].join('\n');
}

import type { LanguageModel, ModelCapabilities, StreamOptions } from './stream/language-model.js';
import type { StreamPart } from './stream/stream-part.js';

export async function collect(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

export function textOf(parts: readonly StreamPart[]): string {
  return parts.map((part) => (part.type === 'text-delta' ? part.delta : '')).join('');
}

export function reasoningOf(parts: readonly StreamPart[]): string {
  return parts.map((part) => (part.type === 'reasoning-delta' ? part.delta : '')).join('');
}

export function finishes(parts: readonly StreamPart[]): StreamPart[] {
  return parts.filter((part) => part.type === 'finish');
}

/** Asserts the stream contract: exactly one finish, and it is the last part. */
export function expectOneFinishLast(parts: readonly StreamPart[]): void {
  const count = finishes(parts).length;
  if (count !== 1 || parts.at(-1)?.type !== 'finish') {
    throw new Error(
      `expected exactly one trailing finish, got ${count}: ${JSON.stringify(parts.map((p) => p.type))}`,
    );
  }
}

export const allCapabilities: ModelCapabilities = { thinking: true, tools: true, vision: true };

/** A model that replays one scripted list of parts per call, for pipeline tests. */
export function scriptedModel(attempts: readonly (readonly StreamPart[])[]): LanguageModel & {
  calls: StreamOptions[];
} {
  const calls: StreamOptions[] = [];
  return {
    provider: 'scripted',
    modelId: 'scripted-model',
    capabilities: allCapabilities,
    calls,
    async *stream(options: StreamOptions) {
      const parts = attempts[calls.length] ?? attempts.at(-1) ?? [];
      calls.push(options);
      for (const part of parts) yield part;
    },
  };
}

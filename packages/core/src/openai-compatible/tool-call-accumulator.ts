import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { isRecord, tryParseJson } from '../shared/is-record.js';

type ToolCallDelta = NonNullable<ChatCompletionChunk.Choice.Delta['tool_calls']>[number];

export interface AccumulatedToolCall {
  id: string;
  name: string;
  /** Malformed argument JSON becomes `{}`: the tool runner then reports what is missing. */
  args: Record<string, unknown>;
}

/**
 * Streamed tool calls arrive as fragments keyed by `index`: the id and name first, then
 * the arguments JSON in pieces. They are only complete when the stream ends.
 */
export class ToolCallAccumulator {
  readonly #calls = new Map<number, { id: string; name: string; args: string }>();

  add(deltas: readonly ToolCallDelta[]): void {
    deltas.forEach((delta, position) => {
      // Some servers omit `index` when they send whole calls; their order is the index.
      const index = typeof delta.index === 'number' ? delta.index : position;
      const call = this.#calls.get(index) ?? { id: '', name: '', args: '' };
      this.#calls.set(index, call);
      // Ids are sent once, but some servers repeat them on every fragment.
      if (delta.id && call.id === '') call.id = delta.id;
      const name = delta.function?.name;
      // A name may be split ("gene" + "rate_image") or repeated whole on each fragment.
      if (name && name !== call.name) call.name += name;
      if (delta.function?.arguments) call.args += delta.function.arguments;
    });
  }

  get size(): number {
    return this.#calls.size;
  }

  finish(): AccumulatedToolCall[] {
    return [...this.#calls.entries()]
      .sort(([a], [b]) => a - b)
      .filter(([, call]) => call.name !== '')
      .map(([index, call]) => ({
        id: call.id || `call_${index}`,
        name: call.name,
        args: parseArgs(call.args),
      }));
  }
}

function parseArgs(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  const value = tryParseJson(text);
  return isRecord(value) ? value : {};
}

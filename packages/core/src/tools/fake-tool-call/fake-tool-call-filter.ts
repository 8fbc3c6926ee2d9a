import { tryParseJson } from '../../shared/is-record.js';
import { detectFakeToolCall, type FakeToolCall } from './detect-fake-tool-call.js';
import { firstKey, jsonObjectEnd } from './scan-json.js';

export type FilterEvent =
  { type: 'text'; text: string } | { type: 'tool-call'; call: FakeToolCall };

type Verdict =
  | { kind: 'wait' }
  | { kind: 'text'; length: number }
  | { kind: 'call'; length: number; call: FakeToolCall };

/** Past this much held text, it is shown: no tool call is that long. */
const MAX_HELD_CHARS = 20_000;

/** Fence languages a JSON tool call is written in. */
const FENCE_LANGUAGES = ['', ...'json json5 jsonc js javascript tool_code tool_call'.split(' ')];

/** Keys a fake tool call can start with; an object starting with another key is shown at once. */
const FIRST_KEYS = (
  'tool name function function_call tool_call tool_name toolName action action_input type ' +
  'arguments parameters args input tool_input params prompt text voice aspectRatio ' +
  'aspect_ratio description id'
).split(' ');

/**
 * Streams text through while holding back anything that could be the start of a tool
 * call written as JSON (a `{` or a ``` fence). Held text is released as soon as it is
 * known to be ordinary, and a complete fake call is taken out instead of shown, so the
 * JSON never appears on screen, not even for a moment.
 */
export class FakeToolCallFilter {
  #held = '';

  push(delta: string): FilterEvent[] {
    this.#held += delta;
    return this.#drain(false);
  }

  /** The stream ended: whatever is still held is ordinary text. */
  flush(): FilterEvent[] {
    return this.#drain(true);
  }

  #drain(final: boolean): FilterEvent[] {
    const events: FilterEvent[] = [];
    const text = (value: string) => {
      if (value === '') return;
      const last = events.at(-1);
      if (last?.type === 'text') last.text += value;
      else events.push({ type: 'text', text: value });
    };
    while (this.#held !== '') {
      const start = this.#held.search(/[{`]/);
      if (start === -1) {
        text(this.#held);
        this.#held = '';
        break;
      }
      text(this.#held.slice(0, start));
      this.#held = this.#held.slice(start);
      let verdict = this.#held.startsWith('`')
        ? examineFence(this.#held)
        : examineObject(this.#held);
      if (verdict.kind === 'wait') {
        if (!final && this.#held.length <= MAX_HELD_CHARS) break;
        // Never completed: show the opening character and look at the rest again.
        verdict = { kind: 'text', length: 1 };
      }
      if (verdict.kind === 'call') events.push({ type: 'tool-call', call: verdict.call });
      else text(this.#held.slice(0, verdict.length));
      this.#held = this.#held.slice(verdict.length);
    }
    return events;
  }
}

function examineObject(held: string): Verdict {
  const key = firstKey(held);
  if (key === 'not-an-object') return { kind: 'text', length: 1 };
  if (!key.complete) {
    return FIRST_KEYS.some((known) => known.startsWith(key.key))
      ? { kind: 'wait' }
      : { kind: 'text', length: 1 };
  }
  if (!FIRST_KEYS.includes(key.key)) return { kind: 'text', length: 1 };
  const end = jsonObjectEnd(held);
  if (end === undefined) return { kind: 'wait' };
  const call = detectFakeToolCall(tryParseJson(held.slice(0, end)));
  return call ? { kind: 'call', length: end, call } : { kind: 'text', length: end };
}

function examineFence(held: string): Verdict {
  const ticks = /^`+/.exec(held)?.[0].length ?? 0;
  if (ticks === held.length) return { kind: 'wait' };
  if (ticks < 3) return { kind: 'text', length: ticks };
  const newline = held.indexOf('\n', ticks);
  const info = held
    .slice(ticks, newline === -1 ? undefined : newline)
    .trim()
    .toLowerCase();
  if (newline === -1) {
    return FENCE_LANGUAGES.some((language) => language.startsWith(info))
      ? { kind: 'wait' }
      : { kind: 'text', length: held.length };
  }
  if (!FENCE_LANGUAGES.includes(info)) return { kind: 'text', length: newline + 1 };
  const body = held.slice(newline + 1);
  const bodyStart = body.search(/\S/);
  if (bodyStart === -1) return { kind: 'wait' };
  if (body[bodyStart] !== '{') return { kind: 'text', length: newline + 1 };
  const close = held.indexOf('```', newline + 1);
  if (close === -1) return { kind: 'wait' };
  const call = detectFakeToolCall(tryParseJson(held.slice(newline + 1, close).trim()));
  return call ? { kind: 'call', length: close + 3, call } : { kind: 'text', length: close + 3 };
}

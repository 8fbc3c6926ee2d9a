import { isRecord, tryParseJson } from '../../shared/is-record.js';
import { mediaToolName, parseMediaToolCall } from '../media-tool-call.js';
import type { MediaToolName } from '../media-tools.js';

export interface FakeToolCall {
  name: MediaToolName;
  args: Record<string, unknown>;
}

/** Keys that name the tool, in the order they are trusted. `type` is the type-hint form. */
const NAME_KEYS = ['tool', 'name', 'function', 'action', 'tool_name', 'toolName', 'type'];
/** Keys that hold the arguments, as an object or as a JSON string. */
const ARGUMENT_KEYS = [
  'arguments',
  'parameters',
  'action_input',
  'args',
  'input',
  'tool_input',
  'params',
];

/**
 * Recognises a tool call that a model wrote as JSON text instead of calling the tool:
 *
 * - `{"tool": "generate_image", "prompt": "…"}` (arguments beside the name)
 * - `{"name": "generate_image", "arguments": {…}}`
 * - `{"function": "generate_image", "parameters": {…}}`
 * - `{"tool_call": {"name": "…", "arguments": …}}` (and OpenAI's `{"function": {"name", "arguments"}}`)
 * - `{"action": "dalle.text2im", "action_input": {…} | "{…}" | "a prompt"}`
 * - `{"type": "image", "prompt": "…"}`, `{"action": "tts", "text": "…"}`
 *
 * It is only a call when the tool is known and its required argument is present, so
 * ordinary JSON in an answer stays ordinary text.
 */
export function detectFakeToolCall(value: unknown): FakeToolCall | undefined {
  if (!isRecord(value)) return undefined;
  for (const wrapper of ['tool_call', 'function_call', 'function']) {
    const inner = value[wrapper];
    if (isRecord(inner)) return detectFakeToolCall(inner);
  }

  const nameKey = NAME_KEYS.find((key) => mediaToolName(value[key]) !== undefined);
  const name = nameKey === undefined ? undefined : mediaToolName(value[nameKey]);
  if (nameKey === undefined || name === undefined) return undefined;

  const args: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key !== nameKey && !ARGUMENT_KEYS.includes(key)) args[key] = field;
  }
  for (const key of ARGUMENT_KEYS) Object.assign(args, readArguments(value[key]));

  const parsed = parseMediaToolCall('', name, args);
  return 'call' in parsed ? { name, args } : undefined;
}

function readArguments(field: unknown): Record<string, unknown> {
  if (isRecord(field)) return field;
  if (typeof field !== 'string') return {};
  const parsed = tryParseJson(field);
  if (isRecord(parsed)) return parsed;
  // `"action_input": "a red fox"`: the string is the prompt itself.
  return { input: field };
}

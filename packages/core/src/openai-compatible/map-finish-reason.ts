import type { FinishReason } from '../stream/stream-part.js';

/**
 * OpenAI's finish reasons, plus the spellings other compatible servers use for the same
 * thing (Anthropic's `end_turn`/`max_tokens`, llama.cpp's `eos`).
 */
export function mapFinishReason(
  reason: string | null | undefined,
  hasToolCalls: boolean,
): FinishReason {
  switch (reason) {
    case 'stop':
    case 'end_turn':
    case 'stop_sequence':
    case 'eos':
      return hasToolCalls ? 'tool-calls' : 'stop';
    case 'length':
    case 'max_tokens':
    case 'model_length':
      return 'length';
    case 'tool_calls':
    case 'function_call':
    case 'tool_use':
      return 'tool-calls';
    case 'content_filter':
      return 'content-filter';
    case 'error':
      return 'error';
    default:
      return hasToolCalls ? 'tool-calls' : 'other';
  }
}

import type { SimReply, SimToolCall } from '../behaviour.js';
import { shortId } from '../hash.js';
import type { Pace } from '../pacing.js';
import { resolvePace } from '../pacing.js';
import { estimateTokens, toChunks } from '../tokens.js';
import type { ChatRequestView } from './chat-request.js';
import { defaultBehaviour } from './default-behaviour.js';

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter';

export interface PlannedToolCall {
  id: string;
  name: string;
  /** The arguments exactly as sent on the OpenAI wire. */
  argumentsJson: string;
  /** The arguments as an object for Gemini `functionCall.args` (`{}` if not JSON). */
  args: Record<string, unknown>;
  /** OpenAI argument fragments, in order; joined they give `argumentsJson`. */
  fragments: string[];
}

/** Everything a protocol encoder needs to write one answer. */
export interface ReplyPlan {
  reasoning: string[];
  reasoningFormat: 'field' | 'think-tags';
  text: string[];
  toolCalls: PlannedToolCall[];
  finishReason: FinishReason;
  usage: { promptTokens: number; completionTokens: number; reasoningTokens: number };
  pace: Pace;
  disconnectAfterChunks: number | undefined;
  hangAfterChunks: number | undefined;
}

function splitFragments(text: string, count: number): string[] {
  const n = Math.max(1, Math.min(count, text.length));
  const size = Math.ceil(text.length / n);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function planToolCall(call: SimToolCall, index: number): PlannedToolCall {
  const argumentsJson =
    typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
  let args: Record<string, unknown> = {};
  if (typeof call.arguments !== 'string') args = call.arguments;
  else {
    try {
      const parsed: unknown = JSON.parse(call.arguments);
      if (typeof parsed === 'object' && parsed !== null) args = parsed as Record<string, unknown>;
    } catch {
      // Invalid JSON stays verbatim on the OpenAI wire; Gemini can only carry an object.
    }
  }
  const id = call.id ?? `call_${shortId(`${index}:${call.name}:${argumentsJson}`)}`;
  return {
    id,
    name: call.name,
    argumentsJson,
    args,
    fragments: splitFragments(argumentsJson, call.fragments ?? 3),
  };
}

/** Applies the token budget, then derives finish reason and usage. */
export function planReply(view: ChatRequestView, scripted: SimReply | undefined): ReplyPlan {
  const behaviour = scripted ?? defaultBehaviour(view);
  let reasoning = toChunks(behaviour.reasoning);
  let text = toChunks(behaviour.text);
  let toolCalls = (behaviour.toolCalls ?? []).map(planToolCall);
  const toolTokens = toolCalls.reduce(
    (n, c) => n + estimateTokens(c.name.length + c.argumentsJson.length),
    0,
  );
  const budget = view.maxTokens ?? Infinity;
  const truncated = reasoning.length + text.length + toolTokens > budget;
  if (truncated) {
    reasoning = reasoning.slice(0, budget);
    text = text.slice(0, Math.max(0, budget - reasoning.length));
    toolCalls = [];
  }
  let computedFinish: FinishReason = toolCalls.length > 0 ? 'tool_calls' : 'stop';
  if (truncated) computedFinish = 'length';
  const usage = {
    promptTokens: behaviour.usage?.promptTokens ?? estimateTokens(view.promptChars),
    completionTokens:
      behaviour.usage?.completionTokens ??
      reasoning.length + text.length + (truncated ? 0 : toolTokens),
    reasoningTokens: behaviour.usage?.reasoningTokens ?? reasoning.length,
  };
  return {
    reasoning,
    reasoningFormat: behaviour.reasoningFormat ?? 'field',
    text,
    toolCalls,
    finishReason: behaviour.finishReason ?? computedFinish,
    usage,
    pace: resolvePace(behaviour),
    disconnectAfterChunks: behaviour.disconnectAfterChunks,
    hangAfterChunks: behaviour.hangAfterChunks,
  };
}

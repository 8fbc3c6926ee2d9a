import type { FinishReason, ReplyPlan } from '../chat/reply-plan.js';
import { geminiEvent } from '../sse.js';
import type { Frame } from '../stream-player.js';

type Part = Record<string, unknown>;

const FINISH: Record<FinishReason, string> = {
  stop: 'STOP',
  tool_calls: 'STOP',
  length: 'MAX_TOKENS',
  content_filter: 'SAFETY',
};

export interface ResponseMeta {
  model: string;
  responseId: string;
}

function usageMetadata(plan: ReplyPlan, final: boolean): Record<string, unknown> {
  const { promptTokens, completionTokens, reasoningTokens } = plan.usage;
  if (!final) return { promptTokenCount: promptTokens, totalTokenCount: promptTokens };
  return {
    promptTokenCount: promptTokens,
    candidatesTokenCount: Math.max(0, completionTokens - reasoningTokens),
    ...(reasoningTokens > 0 ? { thoughtsTokenCount: reasoningTokens } : {}),
    totalTokenCount: promptTokens + completionTokens,
  };
}

/** One GenerateContentResponse; the last one carries the finish reason and full usage. */
export function geminiResponse(
  plan: ReplyPlan,
  meta: ResponseMeta,
  parts: Part[],
  final: boolean,
): Record<string, unknown> {
  const candidate: Record<string, unknown> = { content: { role: 'model', parts }, index: 0 };
  if (final) candidate.finishReason = FINISH[plan.finishReason];
  return {
    candidates: [candidate],
    usageMetadata: usageMetadata(plan, final),
    modelVersion: meta.model,
    responseId: meta.responseId,
  };
}

/** Content per chunk: thoughts, then text, then all function calls together (as Gemini does). */
function partGroups(plan: ReplyPlan): Part[][] {
  const groups: Part[][] = [
    ...plan.reasoning.map((text) => [{ text, thought: true }]),
    ...plan.text.map((text) => [{ text }]),
  ];
  if (plan.toolCalls.length > 0) {
    groups.push(plan.toolCalls.map((c) => ({ functionCall: { name: c.name, args: c.args } })));
  }
  return groups;
}

export function geminiStreamFrames(plan: ReplyPlan, meta: ResponseMeta): Frame[] {
  const groups = partGroups(plan);
  if (groups.length === 0) {
    return [
      { data: geminiEvent(geminiResponse(plan, meta, [{ text: '' }], true)), content: false },
    ];
  }
  return groups.map((parts, i) => ({
    data: geminiEvent(geminiResponse(plan, meta, parts, i === groups.length - 1)),
    content: true,
  }));
}

/** The non-streamed response: the chunks' parts merged, thoughts and text joined. */
export function geminiFullResponse(plan: ReplyPlan, meta: ResponseMeta): Record<string, unknown> {
  const parts: Part[] = [];
  if (plan.reasoning.length > 0) parts.push({ text: plan.reasoning.join(''), thought: true });
  if (plan.text.length > 0) parts.push({ text: plan.text.join('') });
  for (const c of plan.toolCalls) parts.push({ functionCall: { name: c.name, args: c.args } });
  return geminiResponse(plan, meta, parts.length > 0 ? parts : [{ text: '' }], true);
}

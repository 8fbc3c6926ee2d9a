import type { ReplyPlan } from '../chat/reply-plan.js';
import { openaiEvent } from '../sse.js';
import type { Frame } from '../stream-player.js';

export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
}

export function openaiUsage(plan: ReplyPlan): Record<string, unknown> {
  const { promptTokens, completionTokens, reasoningTokens } = plan.usage;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
  };
}

/** `<think>` opens the first reasoning chunk and `</think>` closes the last, as local models do. */
function thinkTagged(chunks: readonly string[]): string[] {
  return chunks.map(
    (c, i) => `${i === 0 ? '<think>' : ''}${c}${i === chunks.length - 1 ? '</think>\n\n' : ''}`,
  );
}

/** The SSE events of a streamed chat completion, in wire order. */
export function openaiStreamFrames(
  plan: ReplyPlan,
  meta: CompletionMeta,
  includeUsage: boolean,
): Frame[] {
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): string =>
    openaiEvent({
      id: meta.id,
      object: 'chat.completion.chunk',
      created: meta.created,
      model: meta.model,
      system_fingerprint: 'fp_enox_sim',
      choices,
      ...(includeUsage ? { usage: null } : {}),
      ...extra,
    });
  const delta = (d: Record<string, unknown>, finish: string | null = null): string =>
    chunk([{ index: 0, delta: d, logprobs: null, finish_reason: finish }]);
  const content = (d: Record<string, unknown>): Frame => ({ data: delta(d), content: true });

  const frames: Frame[] = [
    {
      data: delta({ role: 'assistant', content: '', refusal: null }),
      content: false,
      withNextToken: true,
    },
  ];
  if (plan.reasoningFormat === 'think-tags') {
    frames.push(...thinkTagged(plan.reasoning).map((c) => content({ content: c })));
  } else {
    frames.push(...plan.reasoning.map((c) => content({ reasoning_content: c })));
  }
  frames.push(...plan.text.map((c) => content({ content: c })));
  plan.toolCalls.forEach((call, index) => {
    const opening = {
      index,
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: '' },
    };
    frames.push(content({ tool_calls: [opening] }));
    for (const fragment of call.fragments) {
      frames.push(content({ tool_calls: [{ index, function: { arguments: fragment } }] }));
    }
  });
  frames.push({ data: delta({}, plan.finishReason), content: false });
  if (includeUsage) frames.push({ data: chunk([], { usage: openaiUsage(plan) }), content: false });
  frames.push({ data: openaiEvent('[DONE]'), content: false });
  return frames;
}

/** The non-streamed `chat.completion` object. */
export function openaiCompletion(plan: ReplyPlan, meta: CompletionMeta): Record<string, unknown> {
  const reasoning = plan.reasoning.join('');
  const text = plan.text.join('');
  const tagged = plan.reasoningFormat === 'think-tags' && reasoning !== '';
  const message: Record<string, unknown> = {
    role: 'assistant',
    content: tagged
      ? `<think>${reasoning}</think>\n\n${text}`
      : text === '' && plan.toolCalls.length > 0
        ? null
        : text,
    refusal: null,
  };
  if (!tagged && reasoning !== '') message.reasoning_content = reasoning;
  if (plan.toolCalls.length > 0) {
    message.tool_calls = plan.toolCalls.map((c) => ({
      id: c.id,
      type: 'function',
      function: { name: c.name, arguments: c.argumentsJson },
    }));
  }
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    system_fingerprint: 'fp_enox_sim',
    choices: [{ index: 0, message, logprobs: null, finish_reason: plan.finishReason }],
    usage: openaiUsage(plan),
  };
}

import type { SimFeature } from '../behaviour.js';
import type { ChatRequestView, OfferedTool, ReceivedMessage } from '../chat/chat-request.js';
import {
  finiteNumber,
  isRecord,
  positiveInt,
  schemaProperties,
  textOf,
} from '../chat/chat-request.js';

export interface OpenAIChatRequest extends ChatRequestView {
  includeUsage: boolean;
}

function offeredTools(tools: unknown): OfferedTool[] {
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool: unknown) => {
    const fn = isRecord(tool) ? tool.function : undefined;
    if (!isRecord(fn) || typeof fn.name !== 'string') return [];
    return [{ name: fn.name, properties: schemaProperties(fn.parameters) }];
  });
}

function attachmentOf(part: Record<string, unknown>): string | undefined {
  if (part.type === 'image_url') {
    const image = isRecord(part.image_url) ? part.image_url : {};
    const url = typeof image.url === 'string' ? image.url : '';
    return /^data:([^;,]+)/.exec(url)?.[1] ?? 'image';
  }
  if (part.type === 'input_audio') {
    const audio = isRecord(part.input_audio) ? part.input_audio : {};
    return typeof audio.format === 'string' ? `audio/${audio.format}` : 'audio';
  }
  return part.type === 'file' ? 'file' : undefined;
}

function receivedMessage(message: Record<string, unknown>): ReceivedMessage {
  const role = message.role;
  const parts = Array.isArray(message.content) ? message.content.filter(isRecord) : [];
  return {
    role:
      role === 'system' || role === 'developer'
        ? 'system'
        : role === 'assistant'
          ? 'assistant'
          : role === 'tool' || role === 'function'
            ? 'tool'
            : 'user',
    text: textOf(message.content),
    attachments: parts.flatMap((part) => attachmentOf(part) ?? []),
  };
}

/** Google's OpenAI-compatible endpoint takes thinking options under `extra_body.google`. */
function googleThinking(body: Record<string, unknown>): boolean {
  const extra = isRecord(body.extra_body) ? body.extra_body : body;
  const google = isRecord(extra.google) ? extra.google : undefined;
  return isRecord(google?.thinking_config);
}

/** Reads a `/chat/completions` body into the neutral view. */
export function parseOpenAIChat(body: unknown): OpenAIChatRequest {
  const b = isRecord(body) ? body : {};
  const messages = Array.isArray(b.messages) ? b.messages.filter(isRecord) : [];
  const last = messages.at(-1);
  const lastUser = messages.findLast((m) => m.role === 'user');
  const promptChars = messages.reduce((n, m) => {
    const calls = Array.isArray(m.tool_calls) ? JSON.stringify(m.tool_calls).length : 0;
    return n + textOf(m.content).length + calls;
  }, 0);
  const tools = offeredTools(b.tools);
  // Sending the parameter at all is what a model without reasoning refuses, even 'none'.
  const thinking = b.reasoning_effort !== undefined || googleThinking(b);
  const features: SimFeature[] = [];
  if (tools.length > 0) features.push('tools');
  if (thinking) features.push('thinking');
  const streamOptions = isRecord(b.stream_options) ? b.stream_options : {};
  return {
    protocol: 'openai',
    model: typeof b.model === 'string' ? b.model : '',
    stream: b.stream === true,
    lastUserText: lastUser ? textOf(lastUser.content) : '',
    afterToolResult: last?.role === 'tool' || last?.role === 'function',
    promptChars,
    tools,
    wantsReasoning: thinking && b.reasoning_effort !== 'none',
    maxTokens: positiveInt(b.max_completion_tokens) ?? positiveInt(b.max_tokens),
    temperature: finiteNumber(b.temperature),
    topP: finiteNumber(b.top_p),
    messages: messages.map(receivedMessage),
    features,
    includeUsage: streamOptions.include_usage === true,
  };
}

import type { SimReply, SimToolCall } from '../behaviour.js';
import type { ChatRequestView, OfferedTool } from './chat-request.js';
import { defaultReasoning, defaultReplyText } from './default-reply.js';
import { detectMediaIntent } from './intent.js';

/** A call of an offered media tool: `{ prompt }` (`{ text }` for TTS) plus whichever of the two its schema lists. */
export function mediaToolCall(tool: OfferedTool, subject: string): SimToolCall {
  const args: Record<string, unknown> = {
    [tool.name === 'generate_tts' ? 'text' : 'prompt']: subject,
  };
  for (const key of ['prompt', 'text']) {
    if (tool.properties.includes(key)) args[key] = subject;
  }
  return { name: tool.name, arguments: args };
}

/** The unscripted answer: a media tool call when asked for and offered, else markdown text. */
export function defaultBehaviour(view: ChatRequestView): SimReply {
  const intent = view.afterToolResult ? undefined : detectMediaIntent(view.lastUserText);
  const tool = intent && view.tools.find((t) => t.name === intent.tool);
  const reasoning = view.wantsReasoning ? defaultReasoning(view, tool?.name) : undefined;
  if (intent && tool) {
    return { kind: 'reply', reasoning, toolCalls: [mediaToolCall(tool, intent.subject)] };
  }
  return { kind: 'reply', reasoning, text: defaultReplyText(view) };
}

import type { SimBehaviour, SimReply } from '../behaviour.js';
import type { ChatRequestView } from '../chat/chat-request.js';
import { defaultBehaviour, mediaToolCall } from '../chat/default-behaviour.js';
import { defaultReasoning } from '../chat/default-reply.js';
import type { MediaTool } from '../chat/intent.js';
import { detectMediaIntent } from '../chat/intent.js';
import { fakeToolCallText } from '../fake-tool-call.js';
import type { SimDirectives } from './directives.js';
import {
  echoText,
  helpText,
  jsonExampleText,
  problemsText,
  tokensText,
} from './directive-replies.js';
import { parseDirectives } from './parse-directives.js';

/** What a media directive makes when the message says nothing else. */
const DEFAULT_SUBJECTS: Record<MediaTool, string> = {
  generate_image: 'a lighthouse on a cliff at dusk',
  generate_tts: 'Hello from the Enox provider simulator.',
  generate_video: 'waves rolling onto a beach',
};

/** What to make: what the message asks this tool for, else the message, else a default. */
function subjectFor(tool: MediaTool, rest: string, intent = detectMediaIntent(rest)): string {
  if (intent?.tool === tool) return intent.subject;
  return rest === '' ? DEFAULT_SUBJECTS[tool] : rest;
}

/** The content of the answer: text, or tool calls, as the directives ask. */
function content(view: ChatRequestView, d: SimDirectives, original: ChatRequestView): SimReply {
  const reply = (fields: Omit<SimReply, 'kind'>): SimReply => ({ kind: 'reply', ...fields });
  const rest = view.lastUserText;
  // After a tool result the model reports back; asking for the tool again would loop.
  const mayCallTools = !view.afterToolResult;
  if (d.help) return reply({ text: helpText() });
  if (d.echo) return reply({ text: echoText(original) });
  if (d.jsonExample) return reply({ text: jsonExampleText() });
  if (d.fakeTool && mayCallTools) {
    const intent = detectMediaIntent(rest);
    const tool = intent?.tool ?? 'generate_image';
    const subject = subjectFor(tool, rest, intent);
    const args = tool === 'generate_tts' ? { text: subject } : { prompt: subject };
    return reply({ text: fakeToolCallText(d.fakeTool.format, tool, args, d.fakeTool) });
  }
  if (d.nativeTool && mayCallTools) {
    const offered = view.tools.find((t) => t.name === d.nativeTool);
    if (!offered) {
      return reply({
        text: `[sim:${d.nativeTool.replace('generate_', '')}] asks for a native \`${d.nativeTool}\` call, but this request does not offer that tool.`,
      });
    }
    return reply({ toolCalls: [mediaToolCall(offered, subjectFor(d.nativeTool, rest))] });
  }
  if (d.tokens !== undefined) return reply({ text: tokensText(d.tokens, rest) });
  const fallback = defaultBehaviour(view);
  return reply({ text: fallback.text, toolCalls: fallback.toolCalls });
}

/**
 * The behaviour the `[sim:…]` directives in the last user message choose, or `undefined`
 * when there are none. Failures (errors, hangs) win over content; pacing applies to any answer.
 */
export function directiveBehaviour(view: ChatRequestView): SimBehaviour | undefined {
  const { directives: d, found, problems, rest } = parseDirectives(view.lastUserText);
  if (found.length === 0) return undefined;
  if (problems.length > 0) return { kind: 'reply', text: problemsText(problems) };
  if (d.error === 'unsupported') {
    // A request without tools or thinking has nothing to refuse: it gets its answer.
    if (view.features.length > 0) return { kind: 'unsupported', features: view.features };
  } else if (d.error !== undefined) {
    return { kind: 'error', status: d.error };
  }
  if (d.hang) return { kind: 'hang', afterHeaders: view.stream };

  const clean = { ...view, lastUserText: rest };
  const reply = content(clean, d, view);
  const plannedTool = reply.toolCalls?.[0]?.name;
  const thinks = d.think !== undefined || view.wantsReasoning;
  return {
    ...reply,
    reasoning: thinks ? defaultReasoning(clean, plannedTool) : undefined,
    reasoningFormat: d.think ?? 'field',
    firstTokenMs: d.firstTokenMs,
    tokensPerSecond: d.tokensPerSecond,
    disconnectAfterChunks: d.disconnectAfter,
  };
}

import { hash32 } from '../hash.js';
import type { ChatRequestView } from './chat-request.js';

const OPENERS = [
  'Here is a short answer about',
  'Good question! A quick take on',
  'Let me walk you through',
  'In short, regarding',
];
const POINTS = [
  'start from the simplest case and build up from there',
  'keep the moving parts small so each one is easy to check',
  'measure before optimising; the data usually surprises you',
  'write down the assumptions, then test them one by one',
  'prefer clear names over clever tricks',
  'the details depend on your context, so adapt freely',
];
const CODE_HINT = /\b(code|function|script|program|typescript|javascript|python|example)\b/i;

/** The user's words, trimmed to a short quotable topic without markdown syntax. */
export function topicOf(text: string): string {
  const flat = text
    .replace(/[`*_#>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= 60) return flat;
  const cut = flat.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60)}…`;
}

function keywords(topic: string): string[] {
  const words = topic.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  return [...new Set(words)].slice(0, 3);
}

/** A deterministic markdown answer derived from the last user message. */
export function defaultReplyText(view: ChatRequestView): string {
  const topic = topicOf(view.lastUserText);
  if (view.afterToolResult) return 'Done! The result is ready above. Anything else you would like?';
  if (topic === '') {
    return 'Hello! I am the Enox offline simulator. Ask me anything, or ask me to draw an image, say something aloud or make a video.';
  }
  const h = hash32(view.lastUserText);
  const names = keywords(topic);
  while (names.length < 3) names.push(['first', 'then', 'finally'][names.length] ?? 'next');
  const points = names.map((name, i) => {
    const point = POINTS[(h >>> (i * 4)) % POINTS.length] ?? '';
    return `- **${name[0]?.toUpperCase() ?? ''}${name.slice(1)}**: ${point}.`;
  });
  const lines = [`${OPENERS[h % OPENERS.length] ?? ''} "${topic}":`, '', ...points];
  if (h % 3 === 0 || CODE_HINT.test(view.lastUserText)) {
    lines.push(
      '',
      '```ts',
      `const topic = ${JSON.stringify(topic)};`,
      'console.log(`Simulated answer about ${topic}`);',
      '```',
    );
  }
  lines.push('', '_Simulated reply from the Enox provider simulator: no real model was called._');
  return lines.join('\n');
}

/** A short deterministic thinking text for requests that ask for reasoning. */
export function defaultReasoning(view: ChatRequestView, plannedTool: string | undefined): string {
  const topic = topicOf(view.lastUserText) || 'a greeting';
  if (plannedTool !== undefined) {
    return `The user asks for "${topic}". The ${plannedTool} tool can do that, so I will call it with a clear prompt.`;
  }
  if (view.afterToolResult) return 'The tool finished. I will tell the user the result is ready.';
  return `The user asks about "${topic}". I will answer briefly with a short list of points.`;
}

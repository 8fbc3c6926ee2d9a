import type { ChatRequestView, ReceivedMessage } from '../chat/chat-request.js';
import { hash32 } from '../hash.js';
import { DIRECTIVES } from './directives.js';

const ROLES: readonly ReceivedMessage['role'][] = ['system', 'user', 'assistant', 'tool'];
const FIRST_WORDS = 8;
const LISTED_MESSAGES = 20;

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const shown = words.slice(0, FIRST_WORDS).join(' ');
  return words.length > FIRST_WORDS ? `${shown}…` : shown;
}

function quoted(message: ReceivedMessage): string {
  const text = message.text.trim() === '' ? '(no text)' : `"${firstWords(message.text)}"`;
  return message.attachments.length > 0 ? `${text} + ${message.attachments.join(', ')}` : text;
}

const setting = (value: number | undefined) => (value === undefined ? 'not set' : String(value));

/** `[sim:echo]`: what the request carried, so a person can check what the platform sent. */
export function echoText(view: ChatRequestView): string {
  const count = (role: ReceivedMessage['role']) =>
    view.messages.filter((m) => m.role === role).length;
  const system = view.messages.find((m) => m.role === 'system');
  const listed = view.messages.slice(-LISTED_MESSAGES);
  const hidden = view.messages.length - listed.length;
  const tools = view.tools.map((t) => t.name).join(', ') || 'none';
  return [
    '**Echo from the provider simulator**: what this request carried.',
    '',
    `- Protocol: ${view.protocol}, model \`${view.model}\`, ${view.stream ? 'streamed' : 'not streamed'}`,
    `- Messages: ${ROLES.map((role) => `${count(role)} ${role}`).join(', ')} (${view.messages.length} in all)`,
    `- System prompt: ${system ? quoted(system) : 'none'}`,
    `- temperature: ${setting(view.temperature)} · top_p: ${setting(view.topP)} · max tokens: ${setting(view.maxTokens)}`,
    `- Thinking requested: ${view.wantsReasoning ? 'yes' : 'no'} · tools offered: ${tools}`,
    '',
    hidden > 0
      ? `Messages, oldest first (${hidden} earlier not shown):`
      : 'Messages, oldest first:',
    '',
    ...listed.map((m, i) => `${hidden + i + 1}. ${m.role}: ${quoted(m)}`),
  ].join('\n');
}

/** `[sim:json-example]`: ordinary JSON inside an answer, which must never run as a tool. */
export function jsonExampleText(): string {
  return [
    'Here is an example of a user record in JSON:',
    '',
    '```json',
    '{',
    '  "name": "Ada Lovelace",',
    '  "type": "user",',
    '  "languages": ["en", "fr"],',
    '  "settings": { "theme": "dark", "notifications": true }',
    '}',
    '```',
    '',
    'The smallest valid record is just {"name": "Ada"}; every other field is optional.',
  ].join('\n');
}

const WORDS = (
  'simulated tokens stream steadily from the provider while the platform relays each ' +
  'piece to the screen and keeps the answer safe in storage so nothing is lost when a ' +
  'connection drops midway through a long reply about queues caches and careful design'
).split(' ');

/** `[sim:tokens=N]`: readable filler of exactly N word tokens, the same for the same message. */
export function tokensText(count: number, seed: string): string {
  let h = hash32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    let word = WORDS[h % WORDS.length] ?? 'token';
    const sentenceStart = i % 12 === 0;
    if (sentenceStart) word = `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
    const sentenceEnd = i % 12 === 11 || i === count - 1;
    const paragraphEnd = i % 60 === 59 && i !== count - 1;
    out.push(`${word}${sentenceEnd ? '.' : ''}${paragraphEnd ? '\n\n' : i < count - 1 ? ' ' : ''}`);
  }
  return out.join('');
}

/** `[sim:help]`: every directive with its syntax. */
export function helpText(): string {
  return [
    'The provider simulator reads `[sim:…]` directives in your last message:',
    '',
    ...DIRECTIVES.map((d) => `- \`${d.syntax}\`: ${d.summary}`),
    '',
    'Directives combine, e.g. `[sim:think] [sim:tokens=300] [sim:tps=20]`.',
  ].join('\n');
}

/** Directives that could not be read: say so instead of guessing. */
export function problemsText(problems: readonly string[]): string {
  return [
    'The provider simulator could not use these directives:',
    '',
    ...problems.map((p) => `- ${p}`),
    '',
    'Send `[sim:help]` for the list.',
  ].join('\n');
}

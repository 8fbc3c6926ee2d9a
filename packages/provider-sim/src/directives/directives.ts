import type { MediaTool } from '../chat/intent.js';
import type { FakeToolCallFormat } from '../fake-tool-call.js';

/** What the `[sim:…]` directives of a last user message ask for. */
export interface SimDirectives {
  /** Think first: OpenAI `reasoning_content` (`field`) or `<think>` tags in the content. */
  think?: 'field' | 'think-tags';
  /** Answer with a native call of this tool. */
  nativeTool?: MediaTool;
  /** Answer with a tool call written as JSON text in one of the five formats. */
  fakeTool?: { format: FakeToolCallFormat; fenced: boolean };
  jsonExample?: true;
  echo?: true;
  help?: true;
  /** Length of the text answer, in tokens. */
  tokens?: number;
  tokensPerSecond?: number;
  firstTokenMs?: number;
  /** An HTTP error, or `unsupported`: a 400 for the features the request uses. */
  error?: number | 'unsupported';
  disconnectAfter?: number;
  hang?: true;
}

/** One directive: how it is written, what it does, and how its value is read. */
export interface DirectiveSpec {
  readonly name: string;
  readonly syntax: string;
  readonly summary: string;
  /** Returns a problem to tell the user about, or `undefined` when the value was taken. */
  apply(value: string | undefined, into: SimDirectives): string | undefined;
}

/** Fake tool-call formats by letter, in the order of `FakeToolCallFormat`. */
export const FAKE_TOOL_FORMATS: Readonly<Record<string, FakeToolCallFormat>> = {
  A: 'tool',
  B: 'name',
  C: 'function',
  D: 'tool_call',
  E: 'action',
};

function flag(
  name: string,
  summary: string,
  set: (into: SimDirectives) => void,
  syntax = `[sim:${name}]`,
): DirectiveSpec {
  return {
    name,
    syntax,
    summary,
    apply: (value, into) => {
      if (value !== undefined) return `[sim:${name}] takes no value.`;
      set(into);
      return undefined;
    },
  };
}

function wholeNumber(
  name: string,
  range: [number, number],
  summary: string,
  set: (into: SimDirectives, n: number) => void,
  placeholder = 'N',
): DirectiveSpec {
  const [min, max] = range;
  return {
    name,
    syntax: `[sim:${name}=${placeholder}]`,
    summary,
    apply: (value, into) => {
      const n = value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
      if (!(n >= min && n <= max)) {
        return `[sim:${name}=${placeholder}] needs a whole number from ${min} to ${max}.`;
      }
      set(into, n);
      return undefined;
    },
  };
}

function mediaTool(name: string, tool: MediaTool, what: string): DirectiveSpec {
  return flag(name, `a native \`${tool}\` tool call ${what}`, (into) => {
    into.nativeTool = tool;
  });
}

/** Every directive the simulator understands, in the order the help lists them. */
export const DIRECTIVES: readonly DirectiveSpec[] = [
  {
    name: 'think',
    syntax: '[sim:think] or [sim:think=tags]',
    summary:
      'think before answering (OpenAI `reasoning_content`, or `<think>` tags in the content with `=tags`; Gemini thought parts)',
    apply: (value, into) => {
      if (value !== undefined && value !== 'tags') return '[sim:think] takes no value or `=tags`.';
      into.think = value === 'tags' ? 'think-tags' : 'field';
      return undefined;
    },
  },
  mediaTool('image', 'generate_image', 'with the rest of the message as `prompt`'),
  mediaTool('tts', 'generate_tts', 'with the rest of the message as `text`'),
  mediaTool('video', 'generate_video', 'with the rest of the message as `prompt`'),
  {
    name: 'fake-tool',
    syntax: '[sim:fake-tool:A] … [sim:fake-tool:E], [sim:fake-tool:A:fenced]',
    summary:
      'the whole answer is a tool call written as JSON text: A `{"tool"…}`, B `{"name","arguments"}`, C `{"function","parameters"}`, D `{"tool_call":{…}}`, E `{"action","action_input"}`; `:fenced` wraps it in a fenced json code block',
    apply: (value, into) => {
      const match = /^([A-Ea-e])(:fenced)?$/.exec(value ?? '');
      const format = match?.[1] && FAKE_TOOL_FORMATS[match[1].toUpperCase()];
      if (!format) return '[sim:fake-tool:X] needs a format letter A to E, optionally `:fenced`.';
      into.fakeTool = { format, fenced: match[2] !== undefined };
      return undefined;
    },
  },
  flag(
    'json-example',
    'an ordinary answer that contains a JSON example (never a tool call)',
    (into) => {
      into.jsonExample = true;
    },
  ),
  wholeNumber('tokens', [1, 100_000], 'a text answer of exactly N tokens', (into, n) => {
    into.tokens = n;
  }),
  wholeNumber('tps', [1, 100_000], 'stream N tokens per second (default 200)', (into, n) => {
    into.tokensPerSecond = n;
  }),
  wholeNumber(
    'ttft',
    [0, 600_000],
    'wait MS milliseconds before the first token (default 15)',
    (into, n) => {
      into.firstTokenMs = n;
    },
    'MS',
  ),
  {
    name: 'error',
    syntax: '[sim:error=401|429|500|400-unsupported]',
    summary:
      "fail with that HTTP status in the provider's error format (any 400–599 works); `400-unsupported` refuses the tools or thinking the request uses, so a retry without them succeeds",
    apply: (value, into) => {
      if (value === '400-unsupported') into.error = 'unsupported';
      else if (value !== undefined && /^[45]\d\d$/.test(value)) into.error = Number(value);
      else return '[sim:error=…] needs an HTTP status from 400 to 599, or `400-unsupported`.';
      return undefined;
    },
  },
  wholeNumber(
    'disconnect-after',
    [0, 100_000],
    'drop the connection after N streamed chunks, without an end',
    (into, n) => {
      into.disconnectAfter = n;
    },
  ),
  flag('hang', 'send the headers, then nothing until the client gives up', (into) => {
    into.hang = true;
  }),
  flag(
    'echo',
    'describe what the simulator received: messages per role, their first words, sampling parameters',
    (into) => {
      into.echo = true;
    },
  ),
  flag('help', 'list the directives', (into) => {
    into.help = true;
  }),
];

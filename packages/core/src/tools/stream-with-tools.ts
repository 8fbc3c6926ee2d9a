import { BlockWriter } from '../stream/block-writer.js';
import { guardStream } from '../stream/guard-stream.js';
import { toGenericErrorPart } from '../stream/provider-error.js';
import type { FinishReason, StreamPart } from '../stream/stream-part.js';
import { executeMediaTool, type ToolRunOptions } from './execute-media-tool.js';
import type { KeyPool } from './key-pool.js';
import { FakeToolCallFilter, type FilterEvent } from './fake-tool-call/fake-tool-call-filter.js';
import { mediaToolName, parseMediaToolCall } from './media-tool-call.js';
import { MEDIA_TYPE_OF_TOOL } from './media-tools.js';

type ToolCallPart = Extract<StreamPart, { type: 'tool-call' }>;

const FAILURE_PREFIX = {
  image: 'Could not generate the image',
  audio: 'Could not generate the audio',
  video: 'Could not generate the video',
} as const;

/**
 * The tool-runner stage. Passes text and reasoning through (text via the fake-call filter,
 * so JSON tool calls never show), collects native and fake tool calls, then runs each
 * media tool: `media-generating`, then `media-ready` or an `error` part a person can read.
 * Calls of tools it does not know are passed on as `tool-call` parts and left alone.
 */
export function streamWithTools(
  source: AsyncIterable<StreamPart>,
  options: ToolRunOptions,
): AsyncGenerator<StreamPart, void, undefined> {
  const { keyPool } = options;
  // A lazy pool is loaded once per answer, by the first tool that needs it.
  let loaded: Promise<KeyPool> | undefined;
  const once = typeof keyPool === 'function' ? () => (loaded ??= keyPool()) : keyPool;
  return guardStream(runTools(source, { ...options, keyPool: once }), {
    abortSignal: options.abortSignal,
    toErrorPart: toGenericErrorPart,
  });
}

async function* runTools(
  source: AsyncIterable<StreamPart>,
  options: ToolRunOptions,
): AsyncGenerator<StreamPart, void, undefined> {
  const blocks = new BlockWriter();
  const filter = new FakeToolCallFilter();
  const calls: ToolCallPart[] = [];
  let modelFinish: FinishReason = 'other';

  function* release(events: FilterEvent[]): Generator<StreamPart> {
    for (const event of events) {
      if (event.type === 'text') {
        yield* blocks.text(event.text);
        continue;
      }
      const call: ToolCallPart = {
        type: 'tool-call',
        id: `fake_call_${calls.length}`,
        ...event.call,
      };
      calls.push(call);
      yield* blocks.close();
      yield call;
    }
  }

  for await (const part of source) {
    switch (part.type) {
      case 'text-delta':
        yield* release(filter.push(part.delta));
        break;
      case 'text-end':
        yield* release(filter.flush());
        break;
      case 'reasoning-delta':
        yield* release(filter.flush());
        yield* blocks.reasoning(part.delta);
        break;
      case 'text-start':
      case 'reasoning-start':
      case 'reasoning-end':
        // Blocks are rebuilt from the deltas, since held-back text shifts where they end.
        break;
      case 'finish':
        modelFinish = part.reason;
        break;
      case 'tool-call':
        calls.push(part);
        yield* blocks.close();
        yield part;
        break;
      default:
        yield* release(filter.flush());
        yield* blocks.close();
        yield part;
    }
  }
  yield* release(filter.flush());
  yield* blocks.close();

  // A failed or stopped answer does not go on to spend money on media.
  if (modelFinish === 'error' || modelFinish === 'aborted') {
    yield { type: 'finish', reason: modelFinish };
    return;
  }

  let ranTools = false;
  for (const call of calls) {
    const tool = mediaToolName(call.name);
    if (!tool) continue;
    ranTools = true;
    const mediaType = MEDIA_TYPE_OF_TOOL[tool];
    const parsed = parseMediaToolCall(call.id, tool, call.args);
    if ('error' in parsed) {
      yield {
        type: 'error',
        code: 'TOOL_FAILED',
        message: `${FAILURE_PREFIX[mediaType]}: ${parsed.error}`,
        retryable: false,
      };
      continue;
    }
    yield { type: 'media-generating', mediaType, toolCallId: call.id };
    try {
      const media = await executeMediaTool(parsed.call, options);
      yield { type: 'media-ready', ...media, toolCallId: call.id };
    } catch (error) {
      if (options.abortSignal?.aborted) throw error;
      const part = toGenericErrorPart(error);
      yield { ...part, message: `${FAILURE_PREFIX[mediaType]}: ${part.message}` };
    }
  }

  const keepsReason = modelFinish === 'length' || modelFinish === 'content-filter';
  yield { type: 'finish', reason: ranTools && !keepsReason ? 'tool-calls' : modelFinish };
}

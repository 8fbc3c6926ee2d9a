import type { LanguageModel, StreamOptions } from '../stream/language-model.js';
import type { StreamPart } from '../stream/stream-part.js';
import { streamWithRetry, type RetryOptions } from '../stream/stream-with-retry.js';
import type { ToolRunOptions } from './execute-media-tool.js';
import { mediaTools } from './media-tools.js';
import { streamWithTools } from './stream-with-tools.js';

export interface StreamChatOptions extends StreamOptions {
  /** Keys, preferences and models for the media tools (the abort signal is shared). */
  toolRun: Omit<ToolRunOptions, 'abortSignal'>;
  retry?: RetryOptions;
}

/**
 * The whole chat pipeline: the model, offered the media tools unless `tools` says
 * otherwise and retried while nothing was shown, then the tool runner.
 */
export function streamChat(
  model: LanguageModel,
  options: StreamChatOptions,
): AsyncGenerator<StreamPart, void, undefined> {
  const { toolRun, retry, ...streamOptions } = options;
  const request: StreamOptions = { ...streamOptions, tools: streamOptions.tools ?? mediaTools };
  return streamWithTools(streamWithRetry(model, request, retry), {
    ...toolRun,
    abortSignal: options.abortSignal,
  });
}

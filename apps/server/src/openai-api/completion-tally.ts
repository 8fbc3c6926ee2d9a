import type { FinishReason, StreamPart } from '@enox/core';

export type OpenAIFinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls';

const FINISH_REASONS: Partial<Record<FinishReason, OpenAIFinishReason>> = {
  length: 'length',
  'content-filter': 'content_filter',
  'tool-calls': 'tool_calls',
};

/** What a completion has produced so far; both the streamed and the whole answer are read from it. */
export class CompletionTally {
  content = '';
  reasoning = '';
  inputTokens = 0;
  outputTokens = 0;
  finish: FinishReason | null = null;
  error: { code: string; message: string; status?: number | undefined } | null = null;

  get producedOutput(): boolean {
    return this.content.length > 0 || this.reasoning.length > 0;
  }

  get finishReason(): OpenAIFinishReason {
    return (this.finish && FINISH_REASONS[this.finish]) ?? 'stop';
  }

  get usage() {
    return {
      prompt_tokens: this.inputTokens,
      completion_tokens: this.outputTokens,
      total_tokens: this.inputTokens + this.outputTokens,
    };
  }

  add(part: StreamPart): void {
    switch (part.type) {
      case 'text-delta':
        this.content += part.delta;
        break;
      case 'reasoning-delta':
        this.reasoning += part.delta;
        break;
      case 'usage':
        this.inputTokens += part.inputTokens;
        this.outputTokens += part.outputTokens;
        break;
      case 'finish':
        this.finish = part.reason;
        break;
      case 'error':
        this.error ??= { code: part.code, message: part.message, status: part.status };
        break;
      default:
        break;
    }
  }

  /** How the usage log records the request. */
  status(aborted: boolean): 'complete' | 'stopped' | 'error' {
    if (aborted) return 'stopped';
    return this.error ? 'error' : 'complete';
  }
}

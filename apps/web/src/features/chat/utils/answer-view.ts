import type { MediaRef, MediaType, Message, TokenUsage } from '@enox/contracts';
import type { StreamState, ThinkingPhase } from './apply-stream-event';

/** What an assistant message shows, whether it comes from history or a live stream. */
export interface AnswerView {
  content: string;
  thinking: string;
  thinkingPhase: ThinkingPhase;
  thinkingStartedAt: number | null;
  thinkingMs: number | null;
  media: readonly MediaRef[];
  pendingMedia: readonly MediaType[];
  status: Message['status'];
  usage: TokenUsage | null;
  error: { code: string; message: string } | null;
}

export function viewOfMessage(message: Message): AnswerView {
  return {
    content: message.content,
    thinking: message.thinking ?? '',
    thinkingPhase: message.thinking ? 'done' : 'none',
    thinkingStartedAt: null,
    thinkingMs: message.thinkingMs,
    media: message.media,
    pendingMedia: [],
    status: message.status,
    usage: message.usage,
    error: message.error,
  };
}

export function viewOfRun(run: StreamState): AnswerView {
  return {
    content: run.content,
    thinking: run.thinking,
    thinkingPhase: run.thinkingPhase,
    thinkingStartedAt: run.thinkingStartedAt,
    thinkingMs: run.thinkingMs,
    media: run.media,
    pendingMedia: run.pendingMedia,
    status: run.status,
    usage: run.usage,
    error: run.error,
  };
}

/**
 * Which copy of an answer to show. The server's copy wins once it is final.
 * While a resumed stream replays its log from the start, the checkpoint the
 * server gave us is shown until the replay has caught up with it, so a reload
 * never flashes an empty answer.
 */
export function chooseAnswerView(message: Message, run: StreamState | undefined): AnswerView {
  if (message.status !== 'streaming' || !run) return viewOfMessage(message);
  const replaying =
    run.status === 'streaming' &&
    (run.content.length < message.content.length ||
      run.thinking.length < (message.thinking ?? '').length);
  return replaying ? viewOfMessage(message) : viewOfRun(run);
}

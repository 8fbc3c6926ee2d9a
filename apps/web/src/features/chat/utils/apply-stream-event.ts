import type { ChatEvent, MediaRef, MediaType, TokenUsage } from '@enox/contracts';

export type RunStatus = 'streaming' | 'complete' | 'stopped' | 'error';
export type ThinkingPhase = 'none' | 'running' | 'done';

/** Everything the UI shows of one answer while it streams. */
export interface StreamState {
  /** The run id, which is also the assistant message id. */
  runId: string;
  chatId: string | null;
  modelId: string | null;
  content: string;
  thinking: string;
  thinkingPhase: ThinkingPhase;
  /** When thinking started, on the client's clock (for the live "Thinking… 4.2 s"). */
  thinkingStartedAt: number | null;
  /** The server's measure once thinking is done. */
  thinkingMs: number | null;
  /** Media announced by `generating` and not yet delivered, in order. */
  pendingMedia: MediaType[];
  media: MediaRef[];
  status: RunStatus;
  usage: TokenUsage | null;
  error: { code: string; message: string } | null;
  /** The last tracked event id folded in. */
  lastEventId: string | null;
}

export interface TrackedEvent {
  id: string;
  data: ChatEvent;
}

export function initialStreamState(runId: string, chatId: string | null = null): StreamState {
  return {
    runId,
    chatId,
    modelId: null,
    content: '',
    thinking: '',
    thinkingPhase: 'none',
    thinkingStartedAt: null,
    thinkingMs: null,
    pendingMedia: [],
    media: [],
    status: 'streaming',
    usage: null,
    error: null,
    lastEventId: null,
  };
}

/**
 * Folds one event of `chat.events` into the answer's state. Pure: `now` is
 * passed in. Replays are safe: `meta` starts the answer over (a subscription
 * without `lastEventId` gets the whole log again), `clear_content` drops the
 * text so far, `thinking_start` restarts the thinking, and media are
 * de-duplicated by id.
 */
export function applyStreamEvent(
  state: StreamState,
  event: TrackedEvent,
  now: number,
): StreamState {
  const next = foldEvent(state, event.data, now);
  return { ...next, lastEventId: event.id };
}

function foldEvent(state: StreamState, event: ChatEvent, now: number): StreamState {
  switch (event.type) {
    case 'meta':
      return {
        ...initialStreamState(state.runId, event.chatId),
        modelId: event.modelId,
      };
    case 'thinking_start':
      return {
        ...state,
        thinking: '',
        thinkingPhase: 'running',
        thinkingStartedAt: now,
        thinkingMs: null,
      };
    case 'thinking_content':
      return {
        ...state,
        thinking: state.thinking + event.text,
        thinkingPhase: state.thinkingPhase === 'done' ? 'done' : 'running',
        thinkingStartedAt: state.thinkingStartedAt ?? now,
      };
    case 'thinking_done':
      return { ...state, thinkingPhase: 'done', thinkingMs: event.elapsedMs };
    case 'chunk':
      return { ...endThinking(state, now), content: state.content + event.text };
    case 'clear_content':
      return { ...state, content: '' };
    case 'generating':
      return { ...endThinking(state, now), pendingMedia: [...state.pendingMedia, event.mediaType] };
    case 'media': {
      const pendingMedia = removeFirst(state.pendingMedia, event.mediaType);
      if (state.media.some((m) => m.id === event.mediaId)) return { ...state, pendingMedia };
      const ref: MediaRef = {
        id: event.mediaId,
        mediaType: event.mediaType,
        mimeType: event.mimeType,
        url: event.url,
      };
      return { ...state, pendingMedia, media: [...state.media, ref] };
    }
    case 'done':
      return {
        ...endThinking(state, now),
        chatId: event.chatId,
        status: event.status,
        usage: event.usage,
        pendingMedia: [],
      };
    case 'error':
      return {
        ...endThinking(state, now),
        status: 'error',
        error: { code: event.code, message: event.message },
        pendingMedia: [],
      };
  }
}

/** Text arriving while thinking is open closes it (providers do not always say so). */
function endThinking(state: StreamState, now: number): StreamState {
  if (state.thinkingPhase !== 'running') return state;
  const started = state.thinkingStartedAt ?? now;
  return { ...state, thinkingPhase: 'done', thinkingMs: state.thinkingMs ?? now - started };
}

function removeFirst<T>(items: readonly T[], item: T): T[] {
  const index = items.indexOf(item);
  if (index === -1) return [...items];
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

export function isTerminal(state: StreamState): boolean {
  return state.status !== 'streaming';
}

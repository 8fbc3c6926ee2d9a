import type { ChatEvent } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { applyStreamEvent, initialStreamState, type StreamState } from './apply-stream-event';

const RUN = 'run-1';
const meta: ChatEvent = {
  type: 'meta',
  chatId: 'chat-1',
  runId: RUN,
  userMessageId: 'user-1',
  assistantMessageId: RUN,
  modelId: 'model-1',
};

/** Folds events with ids 1, 2, 3… at the given clock times (default: 1000 + 100·i). */
function fold(events: ChatEvent[], start: StreamState = initialStreamState(RUN), times?: number[]) {
  return events.reduce(
    (state, data, i) =>
      applyStreamEvent(state, { id: String(i + 1), data }, times?.[i] ?? 1000 + 100 * i),
    start,
  );
}

describe('applyStreamEvent', () => {
  it('appends chunks in order and remembers the last event id', () => {
    const state = fold([meta, { type: 'chunk', text: 'Hel' }, { type: 'chunk', text: 'lo' }]);
    expect(state).toMatchObject({
      content: 'Hello',
      chatId: 'chat-1',
      modelId: 'model-1',
      lastEventId: '3',
    });
    expect(state.status).toBe('streaming');
  });

  it('does not touch the input state (pure)', () => {
    const start = initialStreamState(RUN);
    const frozen = JSON.stringify(start);
    fold([meta, { type: 'chunk', text: 'x' }], start);
    expect(JSON.stringify(start)).toBe(frozen);
  });

  it('starts over on meta, so replaying the whole log after a reload gives no duplicated text', () => {
    const events: ChatEvent[] = [
      meta,
      { type: 'chunk', text: 'One ' },
      { type: 'chunk', text: 'two' },
    ];
    const once = fold(events);
    const replayed = fold(events, once);
    expect(replayed.content).toBe('One two');
  });

  it('replaces the text on clear_content (fake tool JSON, finished-run replays)', () => {
    const state = fold([
      meta,
      { type: 'chunk', text: '{"tool":"generate_image"}' },
      { type: 'clear_content' },
      { type: 'chunk', text: 'Here it is.' },
    ]);
    expect(state.content).toBe('Here it is.');
  });

  it('tracks thinking: running with a start time, then done with the server’s elapsed time', () => {
    const running = fold(
      [meta, { type: 'thinking_start' }, { type: 'thinking_content', text: 'Let me see' }],
      undefined,
      [0, 5000, 5100],
    );
    expect(running).toMatchObject({
      thinkingPhase: 'running',
      thinking: 'Let me see',
      thinkingStartedAt: 5000,
    });
    const done = applyStreamEvent(
      running,
      { id: '4', data: { type: 'thinking_done', elapsedMs: 4200 } },
      9000,
    );
    expect(done).toMatchObject({ thinkingPhase: 'done', thinkingMs: 4200 });
  });

  it('closes thinking when the answer starts without thinking_done', () => {
    const state = fold(
      [
        meta,
        { type: 'thinking_start' },
        { type: 'thinking_content', text: 'hmm' },
        { type: 'chunk', text: 'A' },
      ],
      undefined,
      [0, 1000, 1500, 3000],
    );
    expect(state).toMatchObject({ thinkingPhase: 'done', thinkingMs: 2000, content: 'A' });
  });

  it('restarts the thinking text on a replayed thinking_start', () => {
    const state = fold([
      meta,
      { type: 'thinking_start' },
      { type: 'thinking_content', text: 'abc' },
      { type: 'clear_content' },
      { type: 'thinking_start' },
      { type: 'thinking_content', text: 'abc' },
    ]);
    expect(state.thinking).toBe('abc');
  });

  it('shows a skeleton from generating until the media arrives, and never shows a media twice', () => {
    const media: ChatEvent = {
      type: 'media',
      mediaId: 'm1',
      mediaType: 'image',
      mimeType: 'image/png',
      url: '/media/m1',
    };
    const generating = fold([meta, { type: 'generating', mediaType: 'image' }]);
    expect(generating.pendingMedia).toEqual(['image']);
    const delivered = fold([media, media], generating);
    expect(delivered.pendingMedia).toEqual([]);
    expect(delivered.media).toEqual([
      { id: 'm1', mediaType: 'image', mimeType: 'image/png', url: '/media/m1' },
    ]);
  });

  it('ends with done: status, usage, and no skeleton left behind', () => {
    const state = fold([
      meta,
      { type: 'generating', mediaType: 'video' },
      { type: 'chunk', text: 'partial' },
      {
        type: 'done',
        chatId: 'chat-1',
        messageId: RUN,
        status: 'stopped',
        usage: { inputTokens: 10, outputTokens: 3 },
      },
    ]);
    expect(state).toMatchObject({
      status: 'stopped',
      content: 'partial',
      usage: { inputTokens: 10, outputTokens: 3 },
      pendingMedia: [],
    });
  });

  it('keeps the text so far on error and records the error', () => {
    const state = fold([
      meta,
      { type: 'chunk', text: 'so far' },
      { type: 'error', code: 'PROVIDER_FAILED', message: 'The provider failed.' },
    ]);
    expect(state).toMatchObject({
      status: 'error',
      content: 'so far',
      error: { code: 'PROVIDER_FAILED', message: 'The provider failed.' },
    });
  });
});

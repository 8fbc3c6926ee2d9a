import type { Message } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { initialStreamState } from './apply-stream-event';
import { chooseAnswerView } from './answer-view';

const message = (overrides: Partial<Message> = {}): Message => ({
  id: 'run-1',
  chatId: 'chat-1',
  role: 'assistant',
  content: 'Hello wor',
  thinking: null,
  thinkingMs: null,
  status: 'streaming',
  modelId: 'm',
  usage: null,
  media: [],
  error: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('chooseAnswerView', () => {
  it('shows the server copy when it is final', () => {
    const run = { ...initialStreamState('run-1'), content: 'Hello world' };
    expect(
      chooseAnswerView(message({ status: 'complete', content: 'Hello world!' }), run).content,
    ).toBe('Hello world!');
  });

  it('keeps the checkpoint on screen while a resumed stream replays up to it', () => {
    const replaying = { ...initialStreamState('run-1'), content: 'Hel' };
    expect(chooseAnswerView(message(), replaying).content).toBe('Hello wor');
    const caughtUp = { ...initialStreamState('run-1'), content: 'Hello world' };
    expect(chooseAnswerView(message(), caughtUp).content).toBe('Hello world');
  });

  it('shows the live run once it has ended, even before the server copy is refreshed', () => {
    const stopped = { ...initialStreamState('run-1'), content: 'Hel', status: 'stopped' as const };
    expect(chooseAnswerView(message(), stopped)).toMatchObject({
      content: 'Hel',
      status: 'stopped',
    });
  });
});

import type { ChatSummary } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { groupChatsByDate } from './group-chats';

const chat = (id: string, updatedAt: Date): ChatSummary => ({
  id,
  title: id,
  modelId: null,
  agentId: null,
  createdAt: updatedAt.toISOString(),
  updatedAt: updatedAt.toISOString(),
});

describe('groupChatsByDate', () => {
  it('puts chats under Today, Yesterday, Previous 7 days, Previous 30 days and Older, keeping order', () => {
    const now = new Date(2026, 4, 20, 15, 0);
    const at = (days: number, hour = 10) => new Date(2026, 4, 20 - days, hour, 0);
    const groups = groupChatsByDate(
      [
        chat('a', at(0, 14)),
        chat('b', at(0, 0)),
        chat('c', at(1, 23)),
        chat('d', at(3)),
        chat('e', at(20)),
        chat('f', at(90)),
      ],
      now,
    );
    expect(groups.map((g) => [g.label, g.chats.map((c) => c.id)])).toEqual([
      ['Today', ['a', 'b']],
      ['Yesterday', ['c']],
      ['Previous 7 days', ['d']],
      ['Previous 30 days', ['e']],
      ['Older', ['f']],
    ]);
  });

  it('leaves out empty groups', () => {
    const now = new Date(2026, 4, 20, 15, 0);
    expect(
      groupChatsByDate([chat('x', new Date(2026, 4, 20, 9))], now).map((g) => g.label),
    ).toEqual(['Today']);
  });
});

import { useMemo } from 'react';
import { chatListInput } from '../../../lib/chat-list';
import { chatAgentId, knownAgent, type AgentRef } from '../../../lib/known-agents';
import { trpc } from '@enox/app-kit';

/**
 * The agent of an open chat: its id from the history list (or from this
 * browser's memory of chats it started), its name from the person's own agents
 * or the agents this browser has met.
 */
export function useChatAgent(chatId: string | null): AgentRef | null {
  const list = trpc.chat.list.useInfiniteQuery(chatListInput(), {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: chatId !== null,
  });
  const own = trpc.agents.list.useQuery(undefined, { staleTime: 60_000, enabled: chatId !== null });
  const summary = chatId
    ? list.data?.pages.flatMap((page) => page.items).find((chat) => chat.id === chatId)
    : undefined;
  const agentId = chatId ? (summary?.agentId ?? chatAgentId(chatId) ?? null) : null;
  const mine = agentId ? own.data?.find((agent) => agent.id === agentId) : undefined;
  return useMemo(() => {
    if (!agentId) return null;
    if (mine)
      return { id: mine.id, name: mine.name, username: mine.username, modelId: mine.modelId };
    return knownAgent(agentId) ?? { id: agentId, name: 'Agent', username: '', modelId: '' };
  }, [agentId, mine]);
}

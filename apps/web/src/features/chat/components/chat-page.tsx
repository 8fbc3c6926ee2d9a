import { useCallback, useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { trpc, useSignedInUser } from '@enox/app-kit';
import { rememberAgent, rememberChatAgent, type AgentRef } from '../../../lib/known-agents';
import { useChatAgent } from '../api/use-chat-agent';
import { ChatHeader } from './chat-header';
import { ChatView } from './chat-view';

/** `/` (a new chat, `?agent=<username>` to talk to an agent) and `/c/:chatId`. */
export function ChatPage() {
  const { chatId = null } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const firstName = user.name.trim().split(/\s+/u)[0] ?? user.name;

  const username = chatId ? null : search.get('agent');
  const startingAgent = trpc.agents.byUsername.useQuery(
    { username: username ?? '' },
    { enabled: Boolean(username), staleTime: 60_000 },
  ).data;
  const chatAgent = useChatAgent(chatId);
  const agent = useMemo<AgentRef | null>(() => {
    if (chatId) return chatAgent;
    if (!startingAgent) return null;
    const { id, name, username: handle, modelId } = startingAgent;
    return { id, name, username: handle, modelId };
  }, [chatId, chatAgent, startingAgent]);

  const onChatCreated = useCallback(
    (created: string) => {
      if (agent) {
        rememberAgent(agent);
        rememberChatAgent(created, agent.id);
      }
      void navigate(`/c/${created}`);
    },
    [agent, navigate],
  );

  return (
    <ChatView
      key={chatId ?? `new-${username ?? ''}`}
      chatId={chatId}
      agent={agent}
      firstName={firstName}
      onChatCreated={onChatCreated}
      renderHeader={(model, models) => <ChatHeader model={model} models={models} agent={agent} />}
    />
  );
}

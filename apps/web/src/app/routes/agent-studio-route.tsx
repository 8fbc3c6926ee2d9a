import { Button, EmptyState, Spinner } from '@enox/ui';
import { Bot, RotateCcw } from 'lucide-react';
import { useNavigate, useParams } from 'react-router';
import { AgentForm } from '../../features/agents/components/agent-form';
import { AgentStudioLayout } from '../../features/agents/components/agent-studio-layout';
import { useAgentStudio } from '../../features/agents/hooks/use-agent-studio';
import { adoptStudioChat, useStudioChat } from '../../features/agents/hooks/use-studio-chat';
import { ChatView } from '../../features/chat/components/chat-view';
import { useSignedInUser } from '@enox/app-kit';
import { useDeleteAgent } from '../../features/agents/api/use-agents';

/**
 * `/agents/new` and `/agents/:agentId`: the Agent Studio. The form's unsaved
 * prompt, model, temperature, top P and max tokens drive the test chat beside
 * it as they change: every test message carries them as a draft, which the
 * server accepts from the agent's creator only.
 */
export function AgentStudioRoute() {
  const { agentId: param = 'new' } = useParams();
  return <AgentStudio key={param} agentId={param === 'new' ? null : param} />;
}

function AgentStudio({ agentId }: { agentId: string | null }) {
  const navigate = useNavigate();
  const user = useSignedInUser();
  const studio = useAgentStudio(agentId, (agent) => {
    adoptStudioChat('new', agent.id);
    void navigate(`/agents/${agent.id}`, { replace: true });
  });
  const chat = useStudioChat(agentId ?? 'new');
  const remove = useDeleteAgent();

  if (studio.notFound) {
    return (
      <EmptyState
        className="mt-16"
        icon={<Bot />}
        title="Agent not found"
        description="It may have been deleted."
      />
    );
  }
  if (studio.loading || !studio.draft) {
    return (
      <div className="flex flex-1 items-center justify-center">
        <Spinner label="Loading agent" />
      </div>
    );
  }
  const { draft, saved } = studio;
  return (
    <AgentStudioLayout
      title={saved ? saved.name : 'New agent'}
      form={
        <AgentForm
          draft={draft}
          onChange={studio.change}
          errors={studio.errors}
          formError={studio.formError}
          usernameStatus={studio.usernameStatus}
          models={studio.models}
          isNew={!saved}
          dirty={studio.dirty}
          saving={studio.saving}
          onSave={studio.save}
          onDelete={
            saved
              ? () => {
                  if (!window.confirm(`Delete ${saved.name}?`)) return;
                  remove.mutate({ id: saved.id });
                  void navigate('/agents', { replace: true });
                }
              : undefined
          }
        />
      }
      preview={
        <ChatView
          key={chat.chatId ?? 'new'}
          chatId={chat.chatId}
          agent={
            saved
              ? { id: saved.id, name: saved.name, username: saved.username, modelId: draft.modelId }
              : null
          }
          modelId={draft.modelId}
          overrides={{
            temperature: draft.temperature ?? undefined,
            topP: draft.topP ?? undefined,
            maxTokens: draft.maxTokens ?? undefined,
          }}
          agentDraft={{ systemPrompt: draft.systemPrompt }}
          firstName={user.name.split(/\s+/u)[0] ?? user.name}
          onChatCreated={chat.setChatId}
          renderHeader={() => (
            <div className="flex h-12 shrink-0 items-center justify-between border-b border-line px-4">
              <p className="text-sm font-medium text-fg">
                Test chat
                {studio.dirty ? (
                  <span className="ml-2 text-xs font-normal text-fg-muted">
                    Testing unsaved changes
                  </span>
                ) : null}
              </p>
              {chat.chatId ? (
                <Button
                  variant="ghost"
                  size="sm"
                  icon={<RotateCcw />}
                  onClick={() => chat.setChatId(null)}
                >
                  New test
                </Button>
              ) : null}
            </div>
          )}
        />
      }
    />
  );
}

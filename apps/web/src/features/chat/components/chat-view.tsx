import type { AgentDraftInput, Message, Model, SendMessageInput } from '@enox/contracts';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useModels } from '../../../lib/models';
import type { AgentRef } from '../../../lib/known-agents';
import { useChatMessages } from '../api/use-chat-messages';
import { useRunActions } from '../api/use-run-actions';
import { useSendMessage, type OutgoingAttachment } from '../api/use-send-message';
import { useSelectedModel } from '../hooks/use-selected-model';
import { useChatPrefs } from '../stores/chat-prefs-store';
import { NEW_CHAT_KEY, usePendingSend } from '../stores/pending-store';
import { useRunStore } from '../stores/run-store';
import { ChatEmptyState } from './chat-empty-state';
import { Composer } from './composer/composer';
import { Conversation } from './conversation';
import { PendingMessage } from './pending-message';

/** Settings that override the model's defaults for every message (the Agent Studio's live test). */
export interface GenerationOverrides {
  temperature?: number | undefined;
  topP?: number | undefined;
  maxTokens?: number | undefined;
}

export interface ChatViewProps {
  chatId: string | null;
  agent?: AgentRef | null | undefined;
  /** Forces the model (an agent's, or the studio's unsaved choice). */
  modelId?: string | undefined;
  overrides?: GenerationOverrides | undefined;
  /** The Agent Studio's unsaved prompt: the server uses it instead of the saved agent's. */
  agentDraft?: AgentDraftInput | undefined;
  onChatCreated: (chatId: string) => void;
  /** The bar above the conversation (model selector, agent badge…). */
  renderHeader?: (model: Model | undefined, models: readonly Model[] | undefined) => ReactNode;
  firstName: string;
}

/** A conversation with its composer: history, live answers, sending, stop and regenerate. */
export function ChatView({
  chatId,
  agent,
  modelId,
  overrides,
  agentDraft,
  onChatCreated,
  renderHeader,
  firstName,
}: ChatViewProps) {
  const models = useModels().data;
  const model = useSelectedModel(models, modelId ?? agent?.modelId);
  const modelsById = useMemo(() => new Map((models ?? []).map((m) => [m.id, m])), [models]);
  const history = useChatMessages(chatId);
  const { messages } = history;
  const pending = usePendingSend(chatId ?? NEW_CHAT_KEY);
  const { send, retry, dismiss } = useSendMessage(chatId, { onChatCreated });
  const { stop, regenerate } = useRunActions(chatId);
  const aspectRatio = useChatPrefs((state) => state.aspectRatio);
  const [sentCount, setSentCount] = useState(0);

  const last = messages.at(-1);
  const lastRunStatus = useRunStore((state) =>
    last?.role === 'assistant' ? state.runs[last.id]?.status : undefined,
  );
  const answerStreaming =
    last?.role === 'assistant' &&
    last.status === 'streaming' &&
    (lastRunStatus === undefined || lastRunStatus === 'streaming');
  const streaming = pending?.status === 'sending' || answerStreaming;

  const generation = useCallback(
    (target: Model): Pick<SendMessageInput, 'thinking' | 'options'> => {
      const prefs = useChatPrefs.getState();
      const voice =
        prefs.voice && target.voices.includes(prefs.voice) ? prefs.voice : target.voices[0];
      return {
        thinking: target.capabilities.thinking && prefs.thinking,
        ...(target.type === 'image' || target.type === 'video'
          ? { options: { aspectRatio: prefs.aspectRatio } }
          : target.type === 'tts' && voice
            ? { options: { voice } }
            : {}),
      };
    },
    [],
  );

  // What every run of this view carries besides the message: the studio's unsaved agent.
  const draftFields = useMemo(
    () => ({
      ...(overrides?.temperature !== undefined ? { temperature: overrides.temperature } : {}),
      ...(overrides?.topP !== undefined ? { topP: overrides.topP } : {}),
      ...(overrides?.maxTokens !== undefined ? { maxTokens: overrides.maxTokens } : {}),
      ...(agentDraft ? { agentDraft } : {}),
    }),
    [overrides, agentDraft],
  );

  const onSend = useCallback(
    (message: string, attachments: OutgoingAttachment[]) => {
      if (!model) return;
      setSentCount((count) => count + 1);
      send(
        {
          modelId: model.id,
          message,
          ...(agent ? { agentId: agent.id } : {}),
          ...generation(model),
          ...draftFields,
        },
        attachments,
      );
    },
    [agent, draftFields, generation, model, send],
  );

  const onRegenerate = useCallback(
    (message: Message) => {
      if (!model) return;
      const { thinking, options } = generation(model);
      regenerate(message.role === 'assistant' ? message.id : null, {
        modelId: model.id,
        thinking: thinking ?? false,
        ...(options ? { options } : {}),
        ...draftFields,
      });
    },
    [draftFields, generation, model, regenerate],
  );

  const empty = !chatId && messages.length === 0 && !pending;
  const loadingHistory = chatId !== null && history.isPending;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {renderHeader?.(model, models)}
      {empty ? (
        <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">
          <ChatEmptyState
            firstName={firstName}
            modelType={model?.type ?? 'text'}
            agentName={agent?.name}
            onSuggestion={(text) => onSend(text, [])}
          />
        </div>
      ) : loadingHistory ? (
        <ConversationSkeleton />
      ) : history.isError && chatId ? (
        <div
          role="alert"
          className="flex flex-1 items-center justify-center px-4 text-sm text-fg-muted"
        >
          This chat could not be loaded. It may have been deleted.
        </div>
      ) : (
        <Conversation
          messages={messages}
          modelsById={modelsById}
          onRegenerate={streaming ? undefined : onRegenerate}
          hasOlder={history.hasNextPage}
          loadingOlder={history.isFetchingNextPage}
          onLoadOlder={() => void history.fetchNextPage()}
          aspect={aspectRatio.replace(':', ' / ')}
          followKey={sentCount}
          footer={
            pending ? (
              <PendingMessage pending={pending} onRetry={retry} onDismiss={dismiss} />
            ) : null
          }
        />
      )}
      <Composer
        model={model}
        streaming={streaming}
        onStop={() => {
          if (answerStreaming && last) stop(last.id);
        }}
        onSend={onSend}
        autoFocus
      />
    </div>
  );
}

function ConversationSkeleton() {
  return (
    <div aria-busy="true" className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-6 px-6 pt-8">
      <div className="ml-auto h-10 w-1/2 animate-pulse rounded-2xl bg-white/5" />
      <div className="flex flex-col gap-2">
        <div className="h-4 w-11/12 animate-pulse rounded bg-white/5" />
        <div className="h-4 w-4/5 animate-pulse rounded bg-white/5" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-white/5" />
      </div>
    </div>
  );
}

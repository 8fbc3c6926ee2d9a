import {
  AppError,
  type ChatEvent,
  type ChatService,
  type SendMessageInput,
  type User,
} from '@enox/contracts';
import type { Attachment, ChatMessage } from '@enox/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { AgentRow, Database, MessageRow } from '../db/schema.js';
import type { MediaStore } from '../media/media-store.js';
import type { ModelAccess, ModelCall } from '../access/model-access.js';
import * as chats from '../repositories/chat.repository.js';
import * as messages from '../repositories/message.repository.js';
import { findActiveModel, type ModelWithProvider } from '../repositories/model.repository.js';
import { decodeAttachments, storedUserContent } from './attachments.js';
import { titleFromMessage } from './chat-title.js';
import { executeRun, type RunSpec } from './execute-run.js';
import { followRun } from './follow-run.js';
import { replayFinishedRun } from './replay-finished-run.js';
import { systemPromptFor } from './system-prompt.js';
import type { RunEventLog } from './run-event-log.js';
import type { RunRegistry } from './run-registry.js';
import type { StopRun } from './run-stop-relay.js';
import { mediaRun, textRun } from './run-sources.js';

/** The model sees the agent's system prompt plus this many latest messages. */
export const HISTORY_LIMIT = 20;

export interface ChatRunDeps {
  readonly db: Kysely<Database>;
  readonly log: RunEventLog;
  readonly runs: RunRegistry;
  readonly stopRun: StopRun;
  readonly media: MediaStore;
  readonly access: ModelAccess;
  readonly logger: FastifyBaseLogger;
  readonly checkpointIntervalMs: number;
}

type RunService = Pick<ChatService, 'send' | 'regenerate' | 'stop' | 'events'>;

interface Generation {
  readonly thinking?: boolean | undefined;
  readonly options?: { aspectRatio?: string | undefined; voice?: string | undefined } | undefined;
  readonly temperature?: number | undefined;
  readonly topP?: number | undefined;
  readonly maxTokens?: number | undefined;
}

export function createChatRunService(deps: ChatRunDeps): RunService {
  const { db, log, runs } = deps;

  async function usableModel(modelId: string): Promise<ModelWithProvider> {
    const model = await findActiveModel(db, modelId);
    if (!model) throw new AppError('MODEL_UNAVAILABLE');
    return model;
  }

  async function usableAgent(agentId: string | undefined, user: User): Promise<AgentRow | null> {
    if (!agentId) return null;
    const agent = await db
      .selectFrom('agents')
      .selectAll()
      .where('id', '=', agentId)
      .executeTakeFirst();
    // A private agent is as invisible to others as one that does not exist.
    if (!agent || (!agent.is_public && agent.user_id !== user.id)) {
      throw new AppError('NOT_FOUND', { message: 'This agent does not exist.' });
    }
    return agent;
  }

  /** What goes upstream: the system prompt, the last messages, today's attachments in memory. */
  function historyFor(
    rows: readonly MessageRow[],
    systemPrompt: string | null,
    attachments: readonly Attachment[],
  ) {
    const history: ChatMessage[] = rows.map((row) => ({ role: row.role, content: row.content }));
    const lastUser = history.findLastIndex((m) => m.role === 'user');
    if (lastUser >= 0 && attachments.length > 0) {
      const last = history[lastUser];
      if (last) history[lastUser] = { ...last, attachments };
    }
    if (systemPrompt) history.unshift({ role: 'system', content: systemPrompt });
    return history;
  }

  /** Checks the model, key and quota before anything is written; the caller settles the reservation. */
  async function openCall(
    user: User,
    model: ModelWithProvider,
    agent: AgentRow | null,
    source: string,
  ) {
    return deps.access.open(user, model, {
      source,
      agent: agent ? { id: agent.id, creatorId: agent.user_id } : null,
    });
  }

  async function startRun(input: {
    user: User;
    call: ModelCall;
    chatId: string;
    userMessage: MessageRow;
    assistantMessageId: string;
    model: ModelWithProvider;
    agent: AgentRow | null;
    systemPrompt: string | null;
    prompt: string;
    attachments: readonly Attachment[];
    generation: Generation;
  }): Promise<void> {
    const { model, agent, generation, call } = input;
    const preferences = {
      aspectRatio: generation.options?.aspectRatio,
      voice: generation.options?.voice,
    };

    let parts: RunSpec['parts'];
    if (model.type === 'text') {
      const history = await messages.recentHistory(db, input.chatId, HISTORY_LIMIT);
      // Most answers call no tool: the keys are read and unsealed only when one does.
      const loadKeyPool = () => deps.access.toolKeys(input.user);
      parts = textRun({
        kind: call.target.kind,
        baseUrl: call.target.baseUrl,
        preset: model.provider.preset,
        apiKey: call.target.apiKey,
        modelId: model.model_id,
        capabilities: model.capabilities,
        messages: historyFor(history, input.systemPrompt, input.attachments),
        thinking: generation.thinking ?? false,
        temperature: generation.temperature ?? agent?.temperature ?? undefined,
        topP: generation.topP ?? agent?.top_p ?? undefined,
        maxTokens: deps.access.maxTokens(
          generation.maxTokens ?? agent?.max_tokens ?? model.max_tokens,
          call.keySource,
        ),
        keyPool: loadKeyPool,
        preferences,
      });
    } else {
      parts = mediaRun({
        type: model.type,
        target: call.target,
        prompt: input.prompt,
        ...preferences,
      });
    }

    const spec: RunSpec = {
      runId: input.assistantMessageId,
      chatId: input.chatId,
      userId: input.user.id,
      userMessageId: input.userMessage.id,
      modelId: model.id,
      parts,
    };
    const controller = new AbortController();
    const done = executeRun(spec, deps, controller.signal)
      .then((outcome) =>
        // A failure before any output costs nothing; anything shown is charged.
        outcome.status === 'error' && !outcome.producedOutput
          ? call.reservation.release('error')
          : call.reservation.settle({
              status: outcome.status,
              inputTokens: outcome.usage?.inputTokens ?? 0,
              outputTokens: outcome.usage?.outputTokens ?? 0,
            }),
      )
      .catch((error: unknown) => {
        deps.logger.error({ err: error, runId: spec.runId }, 'run crashed');
      });
    runs.add(spec.runId, controller, done);
  }

  return {
    async send(user, input: SendMessageInput) {
      const attachments = decodeAttachments(input.attachments);
      if (!input.message.trim() && attachments.length === 0) {
        throw new AppError('BAD_INPUT', { message: 'Write a message or attach a file.' });
      }
      // One parallel round of reads; only a chat that already has an agent needs a second.
      const [requestedModel, requestedAgent, existing] = await Promise.all([
        usableModel(input.modelId),
        usableAgent(input.agentId, user),
        input.chatId ? chats.findChatOfUser(db, input.chatId, user.id) : Promise.resolve(null),
      ]);
      if (input.chatId && !existing) {
        throw new AppError('NOT_FOUND', { message: 'This chat does not exist.' });
      }
      // Chatting with an agent applies its prompt, its settings and its model; a studio
      // draft (its creator's unsaved changes) brings its own prompt and model.
      const agent = requestedAgent ?? (await usableAgent(existing?.agent_id ?? undefined, user));
      const systemPrompt = systemPromptFor(user, agent, input.agentDraft);
      const model =
        agent && !input.agentDraft && agent.model_id !== requestedModel.id
          ? await usableModel(agent.model_id)
          : requestedModel;
      if (model.type !== 'text' && !input.message.trim()) {
        throw new AppError('BAD_INPUT', { message: 'Describe what to generate.' });
      }

      const call = await openCall(user, model, agent, 'chat');
      const content = storedUserContent(input.message, attachments);
      const now = Date.now();
      const written = await db
        .transaction()
        .execute(async (trx) => {
          const chat =
            existing ??
            (await chats.insertChat(trx, {
              user_id: user.id,
              model_id: model.id,
              agent_id: agent?.id ?? null,
              title: titleFromMessage(input.message, content || 'New chat'),
            }));
          // Explicit times keep the pair in order (now() is the same for a whole transaction).
          const userMessage = await messages.insertMessage(trx, {
            chat_id: chat.id,
            role: 'user',
            content,
            status: 'complete',
            model_id: model.id,
            created_at: new Date(now),
          });
          const assistant = await messages.insertMessage(trx, {
            chat_id: chat.id,
            role: 'assistant',
            content: '',
            status: 'streaming',
            model_id: model.id,
            created_at: new Date(now + 1),
          });
          await chats.touchChat(trx, chat.id, model.id, new Date(now + 1));
          return { chatId: chat.id, userMessage, assistant };
        })
        .catch(async (error: unknown) => {
          await call.reservation.release('error');
          throw error;
        });
      const { chatId, userMessage, assistant } = written;

      try {
        await startRun({
          user,
          call,
          chatId,
          userMessage,
          assistantMessageId: assistant.id,
          model,
          agent,
          systemPrompt,
          prompt: input.message,
          attachments,
          generation: input,
        });
      } catch (error) {
        await call.reservation.release('error');
        await messages.finalizeMessage(db, assistant.id, {
          status: 'error',
          content: '',
          thinking: null,
          thinkingMs: null,
          inputTokens: null,
          outputTokens: null,
          errorCode: error instanceof AppError ? error.appCode : 'INTERNAL',
          errorMessage:
            error instanceof AppError ? error.message : 'The answer could not be started.',
        });
        throw error;
      }
      return { chatId, runId: assistant.id, userMessageId: userMessage.id };
    },

    async regenerate(user, input) {
      const chat = await chats.findChatOfUser(db, input.chatId, user.id);
      if (!chat) throw new AppError('NOT_FOUND', { message: 'This chat does not exist.' });
      const [last, previous] = await messages.lastMessages(db, chat.id, 2);
      if (last?.status === 'streaming') throw new AppError('RUN_IN_PROGRESS');
      const userMessage =
        last?.role === 'user' ? last : previous?.role === 'user' ? previous : undefined;
      if (!userMessage)
        throw new AppError('BAD_INPUT', { message: 'There is no answer to regenerate.' });
      const modelId =
        input.modelId ?? (last?.role === 'assistant' ? last.model_id : null) ?? chat.model_id;
      if (!modelId) throw new AppError('MODEL_UNAVAILABLE');
      const agent = await usableAgent(chat.agent_id ?? undefined, user);
      const systemPrompt = systemPromptFor(user, agent, input.agentDraft);
      const model = await usableModel(input.modelId ?? agent?.model_id ?? modelId);
      const call = await openCall(user, model, agent, 'regenerate');

      const assistant = await db
        .transaction()
        .execute(async (trx) => {
          if (last?.role === 'assistant') await messages.deleteMessage(trx, last.id);
          const at = new Date(Math.max(Date.now(), userMessage.created_at.getTime() + 1));
          const row = await messages.insertMessage(trx, {
            chat_id: chat.id,
            role: 'assistant',
            content: '',
            status: 'streaming',
            model_id: model.id,
            created_at: at,
          });
          await chats.touchChat(trx, chat.id, model.id, at);
          return row;
        })
        .catch(async (error: unknown) => {
          await call.reservation.release('error');
          throw error;
        });
      await startRun({
        user,
        call,
        chatId: chat.id,
        userMessage,
        assistantMessageId: assistant.id,
        model,
        agent,
        systemPrompt,
        prompt: userMessage.content,
        attachments: [],
        generation: input,
      }).catch(async (error: unknown) => {
        await call.reservation.release('error');
        await messages.deleteMessage(db, assistant.id);
        throw error;
      });
      return { runId: assistant.id };
    },

    async stop(user, input) {
      const message = await messages.findMessageWithOwner(db, input.runId);
      if (!message || message.owner_id !== user.id)
        throw new AppError('NOT_FOUND', { message: 'No such answer.' });
      return { stopped: await deps.stopRun(input.runId) };
    },

    async *events(user, input, signal) {
      const message = await messages.findMessageWithOwner(db, input.runId);
      if (!message || message.owner_id !== user.id || message.role !== 'assistant') {
        throw new AppError('NOT_FOUND', { message: 'No such answer.' });
      }
      if (message.status !== 'streaming' && (await log.read(input.runId)).length === 0) {
        // The run ended long ago: its answer is in the database.
        const media = await deps.media.listForMessages([message.id]);
        yield* replayFinishedRun(message, media, input.lastEventId);
        return;
      }
      yield* followRun(log, input.runId, input.lastEventId, signal) as AsyncIterable<{
        id: string;
        event: ChatEvent;
      }>;
    },
  };
}

import {
  AppError,
  type ChatEvent,
  type ChatService,
  type SendMessageInput,
  type User,
} from '@enox/contracts';
import type { AgentRow } from '../db/schema.js';
import * as chats from '../repositories/chat.repository.js';
import * as messages from '../repositories/message.repository.js';
import type { ModelWithProvider } from '../repositories/model.repository.js';
import { decodeAttachments, storedUserContent } from './attachments.js';
import { titleFromMessage } from './chat-title.js';
import { followRun } from './follow-run.js';
import { replayFinishedRun } from './replay-finished-run.js';
import type { StopRun } from './run-stop-relay.js';
import { usableAgent, usableModel } from './run-targets.js';
import { startRun, type StartRunDeps } from './start-run.js';
import { systemPromptFor } from './system-prompt.js';

export interface ChatRunDeps extends StartRunDeps {
  readonly stopRun: StopRun;
}

type RunService = Pick<ChatService, 'send' | 'regenerate' | 'stop' | 'events'>;

/**
 * Sending, regenerating, stopping and following answers. An answer runs on the server
 * (its id is the assistant message's); clients follow it by id and may leave and return.
 */
export function createChatRunService(deps: ChatRunDeps): RunService {
  const { db, log } = deps;

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

  return {
    async send(user, input: SendMessageInput) {
      const attachments = decodeAttachments(input.attachments);
      if (!input.message.trim() && attachments.length === 0) {
        throw new AppError('BAD_INPUT', { message: 'Write a message or attach a file.' });
      }
      // One parallel round of reads; only a chat that already has an agent needs a second.
      const [requestedModel, requestedAgent, existing] = await Promise.all([
        usableModel(db, input.modelId),
        usableAgent(db, input.agentId, user),
        input.chatId ? chats.findChatOfUser(db, input.chatId, user.id) : Promise.resolve(null),
      ]);
      if (input.chatId && !existing) {
        throw new AppError('NOT_FOUND', { message: 'This chat does not exist.' });
      }
      // Chatting with an agent applies its prompt, its settings and its model; a studio
      // draft (its creator's unsaved changes) brings its own prompt and model.
      const agent =
        requestedAgent ?? (await usableAgent(db, existing?.agent_id ?? undefined, user));
      const systemPrompt = systemPromptFor(user, agent, input.agentDraft);
      const model =
        agent && !input.agentDraft && agent.model_id !== requestedModel.id
          ? await usableModel(db, agent.model_id)
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
        await startRun(deps, {
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
      const agent = await usableAgent(db, chat.agent_id ?? undefined, user);
      const systemPrompt = systemPromptFor(user, agent, input.agentDraft);
      const model = await usableModel(db, input.modelId ?? agent?.model_id ?? modelId);
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
      await startRun(deps, {
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

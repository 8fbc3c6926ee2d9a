import type { User } from '@enox/contracts';
import type { Attachment, ChatMessage } from '@enox/core';
import type { ModelAccess, ModelCall } from '../access/model-access.js';
import type { AgentRow, MessageRow } from '../db/schema.js';
import * as messages from '../repositories/message.repository.js';
import type { ModelWithProvider } from '../repositories/model.repository.js';
import { executeRun, type RunDeps, type RunSpec } from './execute-run.js';
import type { RunRegistry } from './run-registry.js';
import { mediaRun, textRun } from './run-sources.js';

/** The model sees the system prompt plus this many latest messages. */
export const HISTORY_LIMIT = 20;

export interface StartRunDeps extends RunDeps {
  readonly runs: RunRegistry;
  readonly access: ModelAccess;
}

/** What the composer (or the studio) asked for beyond the message. */
export interface Generation {
  readonly thinking?: boolean | undefined;
  readonly options?: { aspectRatio?: string | undefined; voice?: string | undefined } | undefined;
  readonly temperature?: number | undefined;
  readonly topP?: number | undefined;
  readonly maxTokens?: number | undefined;
}

export interface RunStart {
  readonly user: User;
  readonly call: ModelCall;
  readonly chatId: string;
  readonly userMessage: MessageRow;
  readonly assistantMessageId: string;
  readonly model: ModelWithProvider;
  readonly agent: AgentRow | null;
  readonly systemPrompt: string | null;
  /** The message itself: what a media model is asked to make. */
  readonly prompt: string;
  readonly attachments: readonly Attachment[];
  readonly generation: Generation;
}

/** What goes upstream: the system prompt, the last messages, today's attachments in memory. */
function historyFor(
  rows: readonly MessageRow[],
  systemPrompt: string | null,
  attachments: readonly Attachment[],
): ChatMessage[] {
  const history: ChatMessage[] = rows.map((row) => ({ role: row.role, content: row.content }));
  const lastUser = history.findLastIndex((m) => m.role === 'user');
  if (lastUser >= 0 && attachments.length > 0) {
    const last = history[lastUser];
    if (last) history[lastUser] = { ...last, attachments };
  }
  if (systemPrompt) history.unshift({ role: 'system', content: systemPrompt });
  return history;
}

/** The upstream stream of a run: a text model with its tools, or a media generator. */
async function partsFor(deps: StartRunDeps, input: RunStart): Promise<RunSpec['parts']> {
  const { model, agent, generation, call } = input;
  const preferences = {
    aspectRatio: generation.options?.aspectRatio,
    voice: generation.options?.voice,
  };
  if (model.type !== 'text') {
    return mediaRun({
      type: model.type,
      target: call.target,
      prompt: input.prompt,
      ...preferences,
    });
  }
  const history = await messages.recentHistory(deps.db, input.chatId, HISTORY_LIMIT);
  return textRun({
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
    // Most answers call no tool: the keys are read and unsealed only when one does.
    keyPool: () => deps.access.toolKeys(input.user),
    preferences,
  });
}

/**
 * Starts the answer in the background: it streams to the run log, is saved as it goes,
 * and settles the quota reservation when it ends. Registered so it can be stopped.
 */
export async function startRun(deps: StartRunDeps, input: RunStart): Promise<void> {
  const spec: RunSpec = {
    runId: input.assistantMessageId,
    chatId: input.chatId,
    userId: input.user.id,
    userMessageId: input.userMessage.id,
    modelId: input.model.id,
    parts: await partsFor(deps, input),
  };
  const { reservation } = input.call;
  const controller = new AbortController();
  const done = executeRun(spec, deps, controller.signal)
    .then((outcome) =>
      // A failure before any output costs nothing; anything shown is charged.
      outcome.status === 'error' && !outcome.producedOutput
        ? reservation.release('error')
        : reservation.settle({
            status: outcome.status,
            inputTokens: outcome.usage?.inputTokens ?? 0,
            outputTokens: outcome.usage?.outputTokens ?? 0,
          }),
    )
    .catch((error: unknown) => {
      deps.logger.error({ err: error, runId: spec.runId }, 'run crashed');
    });
  deps.runs.add(spec.runId, controller, done);
}

import type { User } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { AgentRow, Database } from '../db/schema.js';
import { listActiveModels, type ModelWithProvider } from '../repositories/model.repository.js';
import { OpenAIApiError } from './openai-error.js';

export const AGENT_PREFIX = 'agent:';
/** Enough for any person's own agents plus a directory of public ones. */
const AGENT_LIMIT = 500;

/** What a `model` string names: a model, or an agent with the model it runs on. */
export interface CompletionTarget {
  readonly model: ModelWithProvider;
  readonly agent: AgentRow | null;
}

/** Text models only: the chat-completions API has no way to return images, speech or video. */
export async function usableTextModels(db: Kysely<Database>): Promise<ModelWithProvider[]> {
  return (await listActiveModels(db)).filter((m) => m.type === 'text');
}

/**
 * The name `/v1/models` shows: the provider's model id, which OpenAI clients
 * expect, unless two providers share it; then Enox's own id tells them apart.
 */
export function apiModelName(model: ModelWithProvider, all: readonly ModelWithProvider[]): string {
  const shared = all.filter((m) => m.model_id === model.model_id).length > 1;
  return shared ? model.id : model.model_id;
}

/** The caller's own agents and everyone's public ones whose model can answer here. */
export async function usableAgents(
  db: Kysely<Database>,
  user: User,
  models: readonly ModelWithProvider[],
): Promise<AgentRow[]> {
  const agents = await db
    .selectFrom('agents')
    .selectAll()
    .where((eb) => eb.or([eb('user_id', '=', user.id), eb('is_public', '=', true)]))
    .orderBy('username')
    .limit(AGENT_LIMIT)
    .execute();
  const ids = new Set(models.map((m) => m.id));
  return agents.filter((a) => ids.has(a.model_id));
}

function notFound(name: string, what = 'model') {
  return new OpenAIApiError(
    404,
    `The ${what} \`${name}\` does not exist or you do not have access to it. GET /v1/models lists what you can use.`,
    { code: 'model_not_found', param: 'model' },
  );
}

/** Resolves by Enox id, provider model id or display name; `agent:<username>` picks an agent. */
export async function resolveCompletionTarget(
  db: Kysely<Database>,
  user: User,
  name: string,
): Promise<CompletionTarget> {
  const models = await usableTextModels(db);
  if (name.startsWith(AGENT_PREFIX)) {
    const username = name.slice(AGENT_PREFIX.length).toLowerCase();
    const agent = await db
      .selectFrom('agents')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    // A private agent is as invisible to others as one that does not exist.
    if (!agent || (!agent.is_public && agent.user_id !== user.id)) throw notFound(name, 'agent');
    const model = models.find((m) => m.id === agent.model_id);
    if (!model) {
      throw new OpenAIApiError(404, `The model of agent \`${name}\` is not available right now.`, {
        code: 'model_not_found',
        param: 'model',
      });
    }
    return { model, agent };
  }
  const lower = name.toLowerCase();
  const model =
    models.find((m) => m.id === name) ??
    models.find((m) => m.model_id === name) ??
    models.find((m) => m.display_name.toLowerCase() === lower);
  if (!model) throw notFound(name);
  return { model, agent: null };
}

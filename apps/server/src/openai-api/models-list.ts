import type { User } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { AGENT_PREFIX, apiModelName, usableAgents, usableTextModels } from './completion-target.js';

export interface OpenAIModel {
  readonly id: string;
  readonly object: 'model';
  readonly created: number;
  readonly owned_by: string;
}

const unix = (at: Date) => Math.floor(at.getTime() / 1000);

/** `GET /v1/models`: the text models, then agents as `agent:<username>`. */
export async function listOpenAIModels(db: Kysely<Database>, user: User): Promise<OpenAIModel[]> {
  const models = await usableTextModels(db);
  const agents = await usableAgents(db, user, models);
  return [
    ...models.map((m) => ({
      id: apiModelName(m, models),
      object: 'model' as const,
      created: unix(m.created_at),
      owned_by: m.provider.name,
    })),
    ...agents.map((a) => ({
      id: `${AGENT_PREFIX}${a.username}`,
      object: 'model' as const,
      created: unix(a.created_at),
      owned_by: a.user_id === user.id ? 'you' : 'enox-agents',
    })),
  ];
}

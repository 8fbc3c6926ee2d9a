import { AppError, type User } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { AgentRow, Database } from '../db/schema.js';
import { findActiveModel, type ModelWithProvider } from '../repositories/model.repository.js';

/** An active model, or the typed error a person can act on. */
export async function usableModel(
  db: Kysely<Database>,
  modelId: string,
): Promise<ModelWithProvider> {
  const model = await findActiveModel(db, modelId);
  if (!model) throw new AppError('MODEL_UNAVAILABLE');
  return model;
}

/** An agent the person may chat with: public, or their own. */
export async function usableAgent(
  db: Kysely<Database>,
  agentId: string | undefined,
  user: User,
): Promise<AgentRow | null> {
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

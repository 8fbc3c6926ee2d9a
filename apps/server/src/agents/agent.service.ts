import { AppError, type AgentService } from '@enox/contracts';
import type { Kysely } from 'kysely';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import { isUniqueViolation } from '../db/errors.js';
import type { Database } from '../db/schema.js';
import { findActiveModel } from '../repositories/model.repository.js';
import { toAgent, toPublicAgent } from './agent.mapper.js';
import { agentsWithNames, listPublicAgents } from './agent.repository.js';

const notFound = () => new AppError('NOT_FOUND', { message: 'This agent does not exist.' });

export function createAgentService(deps: { readonly db: Kysely<Database> }): AgentService {
  const { db } = deps;

  const ownAgent = async (userId: string, id: string) => {
    const row = await agentsWithNames(db)
      .where('agents.id', '=', id)
      .where('agents.user_id', '=', userId)
      .executeTakeFirst();
    if (!row) throw notFound();
    return row;
  };
  const assertModel = async (modelId: string) => {
    const model = await findActiveModel(db, modelId);
    if (!model || model.type !== 'text') {
      throw new AppError('MODEL_UNAVAILABLE', { message: 'Agents need an available text model.' });
    }
  };
  const usernameTaken = (error: unknown) => {
    if (isUniqueViolation(error)) throw new AppError('USERNAME_TAKEN');
    throw error;
  };

  return {
    async list(user) {
      const rows = await agentsWithNames(db)
        .where('agents.user_id', '=', user.id)
        .orderBy('agents.created_at', 'desc')
        .execute();
      return rows.map(toAgent);
    },

    async create(user, input) {
      await assertModel(input.modelId);
      const row = await db
        .insertInto('agents')
        .values({
          user_id: user.id,
          name: input.name,
          username: input.username,
          description: input.description,
          system_prompt: input.systemPrompt,
          model_id: input.modelId,
          temperature: input.temperature,
          top_p: input.topP,
          max_tokens: input.maxTokens,
          is_public: input.isPublic,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .catch(usernameTaken);
      return toAgent(await ownAgent(user.id, row.id));
    },

    async update(user, input) {
      await ownAgent(user.id, input.id);
      if (input.modelId) await assertModel(input.modelId);
      await db
        .updateTable('agents')
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.username !== undefined ? { username: input.username } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.systemPrompt !== undefined ? { system_prompt: input.systemPrompt } : {}),
          ...(input.modelId !== undefined ? { model_id: input.modelId } : {}),
          ...(input.temperature !== undefined ? { temperature: input.temperature } : {}),
          ...(input.topP !== undefined ? { top_p: input.topP } : {}),
          ...(input.maxTokens !== undefined ? { max_tokens: input.maxTokens } : {}),
          ...(input.isPublic !== undefined ? { is_public: input.isPublic } : {}),
          updated_at: new Date(),
        })
        .where('id', '=', input.id)
        .where('user_id', '=', user.id)
        .execute()
        .catch(usernameTaken);
      return toAgent(await ownAgent(user.id, input.id));
    },

    async delete(user, input) {
      const result = await db
        .deleteFrom('agents')
        .where('id', '=', input.id)
        .where('user_id', '=', user.id)
        .executeTakeFirst();
      if (result.numDeletedRows === 0n) throw notFound();
      return { ok: true as const };
    },

    async public(input) {
      const rows = await listPublicAgents(db, {
        search: input.search,
        after: decodeCursor(input.cursor),
        limit: input.limit + 1,
      });
      const page = rows.slice(0, input.limit);
      const last = page.at(-1);
      return {
        items: page.map(toPublicAgent),
        nextCursor:
          rows.length > input.limit && last
            ? encodeCursor({ at: last.created_at, id: last.id })
            : null,
      };
    },

    async byUsername(user, input) {
      const row = await agentsWithNames(db)
        .where('agents.username', '=', input.username)
        .executeTakeFirst();
      if (!row) throw notFound();
      if (row.user_id === user.id) return toAgent(row);
      // Someone else's private agent is indistinguishable from none at all.
      if (!row.is_public) throw notFound();
      return toPublicAgent(row);
    },
  };
}

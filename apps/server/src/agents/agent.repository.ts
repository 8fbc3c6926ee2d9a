import type { Kysely, Transaction } from 'kysely';
import type { KeysetCursor } from '../db/cursor.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Agents with the names people see: their model's and their creator's. */
export function agentsWithNames(db: Db) {
  return db
    .selectFrom('agents')
    .innerJoin('models', 'models.id', 'agents.model_id')
    .innerJoin('users', 'users.id', 'agents.user_id')
    .selectAll('agents')
    .select(['models.display_name as model_name', 'users.name as creator_name']);
}

export type AgentWithNames = Awaited<
  ReturnType<ReturnType<typeof agentsWithNames>['executeTakeFirstOrThrow']>
>;

export function listPublicAgents(
  db: Db,
  options: { search?: string | undefined; after: KeysetCursor | null; limit: number },
): Promise<AgentWithNames[]> {
  let query = agentsWithNames(db).where('agents.is_public', '=', true);
  if (options.search) {
    const pattern = `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('agents.name', 'ilike', pattern),
        eb('agents.username', 'ilike', pattern),
        eb('agents.description', 'ilike', pattern),
      ]),
    );
  }
  if (options.after) {
    const { at, id } = options.after;
    query = query.where((eb) =>
      eb.or([
        eb('agents.created_at', '<', at),
        eb.and([eb('agents.created_at', '=', at), eb('agents.id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('agents.created_at', 'desc')
    .orderBy('agents.id', 'desc')
    .limit(options.limit)
    .execute();
}

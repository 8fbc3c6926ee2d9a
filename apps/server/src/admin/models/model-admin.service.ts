import {
  AppError,
  type AdminModel,
  type AdminModelsService,
  type UpdateModelInput,
} from '@enox/contracts';
import type { Kysely, Updateable } from 'kysely';
import type { Database, ModelsTable } from '../../db/schema.js';
import { isUniqueViolation } from '../../db/errors.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import { isForeignKeyViolation } from '../shared/db-errors.js';
import type { Db } from '../shared/db.js';
import { modelSnapshot, toAdminModel } from './model.mapper.js';
import * as models from './model.repository.js';

const notFound = () => new AppError('NOT_FOUND', { message: 'No such model.' });

function patchFor(input: Omit<UpdateModelInput, 'id'>): Updateable<ModelsTable> {
  return {
    ...(input.providerId !== undefined ? { provider_id: input.providerId } : {}),
    ...(input.modelId !== undefined ? { model_id: input.modelId } : {}),
    ...(input.name !== undefined ? { display_name: input.name } : {}),
    ...(input.type !== undefined ? { type: input.type } : {}),
    ...(input.monthlyLimit !== undefined ? { monthly_limit: input.monthlyLimit } : {}),
    ...(input.maxTokens !== undefined ? { max_tokens: input.maxTokens } : {}),
    ...(input.capabilities !== undefined
      ? { capabilities: JSON.stringify(input.capabilities) }
      : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  };
}

async function assertProvider(db: Db, providerId: string | undefined) {
  if (providerId !== undefined && !(await models.providerExists(db, providerId)))
    throw new AppError('NOT_FOUND', { message: 'No such provider.' });
}

/** Maps the unique (provider, model id, type) index to a message about the form. */
async function exclusive<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('MODEL_EXISTS');
    throw error;
  }
}

export function createModelAdminService(deps: {
  readonly db: Kysely<Database>;
}): AdminModelsService {
  const { db } = deps;

  async function reload(trx: Db, id: string): Promise<AdminModel> {
    const row = await models.findModel(trx, id);
    if (!row) throw notFound();
    return toAdminModel(row);
  }

  function change(actor: { id: string }, input: UpdateModelInput, action: string) {
    return exclusive(() =>
      db.transaction().execute(async (trx) => {
        const before = await models.lockModel(trx, input.id);
        if (!before) throw notFound();
        await assertProvider(trx, input.providerId);
        const after = await models.updateModel(trx, input.id, patchFor(input));
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action,
          targetType: 'model',
          targetId: input.id,
          before: modelSnapshot(before),
          after: modelSnapshot(after),
        });
        return reload(trx, input.id);
      }),
    );
  }

  return {
    async list() {
      return (await models.listModels(db)).map(toAdminModel);
    },

    create(actor, input) {
      return exclusive(() =>
        db.transaction().execute(async (trx) => {
          await assertProvider(trx, input.providerId);
          const row = await models.insertModel(trx, {
            provider_id: input.providerId,
            model_id: input.modelId,
            display_name: input.name,
            type: input.type,
            monthly_limit: input.monthlyLimit,
            max_tokens: input.maxTokens,
            capabilities: JSON.stringify(input.capabilities),
            active: input.active,
            sort_order: await models.nextSortOrder(trx),
          });
          await insertAuditEntry(trx, {
            actorId: actor.id,
            action: 'model.create',
            targetType: 'model',
            targetId: row.id,
            before: null,
            after: modelSnapshot(row),
          });
          return reload(trx, row.id);
        }),
      );
    },

    update: (actor, input) => change(actor, input, 'model.update'),

    setActive: (actor, input) =>
      change(
        actor,
        { id: input.id, active: input.active },
        input.active ? 'model.activate' : 'model.deactivate',
      ),

    async delete(actor, input) {
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await models.lockModel(trx, input.id);
          if (!row) throw notFound();
          const agents = await models.countAgentsOfModel(trx, input.id);
          if (agents > 0) throw modelInUse(agents);
          if (await models.clearEmptyCountersAndCheckHistory(trx, input.id)) {
            throw new AppError('MODEL_HAS_USAGE');
          }
          await models.deleteModel(trx, input.id);
          await insertAuditEntry(trx, {
            actorId: actor.id,
            action: 'model.delete',
            targetType: 'model',
            targetId: input.id,
            before: modelSnapshot(row),
            after: null,
          });
          return { ok: true as const };
        });
      } catch (error) {
        // An agent or a first use on this model between the checks and the delete.
        if (isForeignKeyViolation(error)) {
          throw new AppError('MODEL_IN_USE', {
            message: 'This model was just put to use. Deactivate it instead, or try again.',
          });
        }
        throw error;
      }
    },
  };
}

function modelInUse(agents: number): AppError {
  return new AppError('MODEL_IN_USE', {
    message: `${agents} agent${agents === 1 ? '' : 's'} use${agents === 1 ? 's' : ''} this model. Move ${agents === 1 ? 'it' : 'them'} to another model first, or deactivate this one.`,
    details: { agents },
  });
}

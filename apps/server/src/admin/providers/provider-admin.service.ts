import { randomUUID } from 'node:crypto';
import {
  AppError,
  type AdminProvidersService,
  type ProviderKeyTest,
  type TestProviderKeyInput,
  type UpdateProviderInput,
} from '@enox/contracts';
import type { Kysely, Updateable } from 'kysely';
import type { SecretBox } from '../../crypto/secret-box.js';
import type { Database, ProviderRow, ProvidersTable } from '../../db/schema.js';
import { providerKeyContext, type ProviderAccess } from '../../providers/provider-access.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import { isForeignKeyViolation } from '../shared/db-errors.js';
import { presetOf, providerSnapshot, toAdminProvider } from './provider.mapper.js';
import { probeProviderKey, type ProbeTarget } from './probe-provider-key.js';
import * as providers from './provider.repository.js';

export interface ProviderAdminDeps {
  readonly db: Kysely<Database>;
  readonly secretBox: SecretBox;
  /** Resolves the simulated provider's live URL and key for key tests. */
  readonly access: ProviderAccess;
  /** Injected in tests. */
  readonly fetch?: typeof fetch;
}

const notFound = () => new AppError('NOT_FOUND', { message: 'No such provider.' });

function sealedKey(secretBox: SecretBox, providerId: string, apiKey: string) {
  return {
    api_key_encrypted: secretBox.seal(apiKey, providerKeyContext(providerId)),
    api_key_last4: apiKey.slice(-4),
  };
}

/** The columns an edit changes; fields left out stay as they are, the key above all. */
function patchFor(
  row: ProviderRow,
  input: Omit<UpdateProviderInput, 'id'>,
  secretBox: SecretBox,
): Updateable<ProvidersTable> {
  const touchesConnection =
    input.baseUrl !== undefined || input.preset !== undefined || input.apiKey !== undefined;
  if (row.is_simulated && touchesConnection) throw new AppError('PROVIDER_SIMULATED');
  if (row.kind === 'google' && input.preset)
    throw new AppError('BAD_INPUT', { message: 'Presets are for OpenAI-compatible providers.' });
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.preset !== undefined ? { preset: input.preset } : {}),
    ...(input.baseUrl !== undefined ? { base_url: input.baseUrl } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.apiKey !== undefined ? sealedKey(secretBox, row.id, input.apiKey) : {}),
  };
}

export function createProviderAdminService(deps: ProviderAdminDeps): AdminProvidersService {
  const { db, secretBox, access } = deps;

  async function change(
    actor: { id: string },
    input: Omit<UpdateProviderInput, 'id'> & { id: string },
    action: string,
  ) {
    return db.transaction().execute(async (trx) => {
      const before = await providers.lockProvider(trx, input.id);
      if (!before) throw notFound();
      const after = await providers.updateProvider(
        trx,
        input.id,
        patchFor(before, input, secretBox),
      );
      await insertAuditEntry(trx, {
        actorId: actor.id,
        action,
        targetType: 'provider',
        targetId: after.id,
        before: providerSnapshot(before, secretBox),
        after: providerSnapshot(after, secretBox),
      });
      return toAdminProvider(
        after,
        await providers.countModelsOfProvider(trx, after.id),
        secretBox,
      );
    });
  }

  async function probeTarget(input: TestProviderKeyInput): Promise<ProbeTarget | string> {
    if (!input.id) {
      return {
        kind: input.kind ?? 'openai-compatible',
        preset: input.preset ?? null,
        baseUrl: input.baseUrl ?? null,
        apiKey: input.apiKey,
      };
    }
    const row = await providers.findProvider(db, input.id);
    if (!row) throw notFound();
    if (row.is_simulated) {
      const baseUrl = access.baseUrl(row);
      if (!baseUrl) return 'The offline simulator is not running on this server.';
      return { kind: row.kind, preset: null, baseUrl, apiKey: access.apiKey(row) };
    }
    return {
      kind: row.kind,
      preset: input.preset !== undefined ? input.preset : presetOf(row),
      baseUrl: input.baseUrl !== undefined ? input.baseUrl : row.base_url,
      apiKey: input.apiKey ?? access.apiKey(row),
    };
  }

  return {
    async list() {
      const rows = await providers.listProviders(db);
      return rows.map((row) => toAdminProvider(row, row.model_count, secretBox));
    },

    async create(actor, input) {
      return db.transaction().execute(async (trx) => {
        // The id is chosen first: it is bound into the sealed key.
        const id = randomUUID();
        const row = await providers.insertProvider(trx, {
          id,
          kind: input.kind,
          name: input.name,
          preset: input.preset,
          base_url: input.baseUrl,
          active: input.active,
          ...(input.apiKey ? sealedKey(secretBox, id, input.apiKey) : {}),
        });
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action: 'provider.create',
          targetType: 'provider',
          targetId: id,
          before: null,
          after: providerSnapshot(row, secretBox),
        });
        return toAdminProvider(row, 0, secretBox);
      });
    },

    update: (actor, input) => change(actor, input, 'provider.update'),

    rotateKey: (actor, input) =>
      change(actor, { id: input.id, apiKey: input.apiKey }, 'provider.rotate-key'),

    async delete(actor, input) {
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await providers.lockProvider(trx, input.id);
          if (!row) throw notFound();
          const models = await providers.countModelsOfProvider(trx, input.id);
          if (models > 0) throw providerInUse(models);
          await providers.deleteProvider(trx, input.id);
          await insertAuditEntry(trx, {
            actorId: actor.id,
            action: 'provider.delete',
            targetType: 'provider',
            targetId: input.id,
            before: providerSnapshot(row, secretBox),
            after: null,
          });
          return { ok: true as const };
        });
      } catch (error) {
        // A model added by someone else between the count and the delete.
        if (isForeignKeyViolation(error)) throw providerInUse(1);
        throw error;
      }
    },

    async testKey(input): Promise<ProviderKeyTest> {
      const target = await probeTarget(input);
      if (typeof target === 'string')
        return { ok: false, message: target, modelCount: null, latencyMs: 0 };
      return probeProviderKey(target, deps.fetch);
    },
  };
}

function providerInUse(models: number): AppError {
  return new AppError('PROVIDER_IN_USE', {
    message: `${models} model${models === 1 ? '' : 's'} still use${models === 1 ? 's' : ''} this provider. Delete them or deactivate the provider instead.`,
    details: { models },
  });
}

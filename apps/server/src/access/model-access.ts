import { AppError, type User } from '@enox/contracts';
import type { KeyPool, MediaTarget } from '@enox/core';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database, KeySource } from '../db/schema.js';
import type { Config } from '../env.js';
import { resolveUserKey, userToolKeys } from '../keys/user-keys.js';
import type { ProviderAccess } from '../providers/provider-access.js';
import type { QuotaGate, Reservation } from '../quota/quota-gate.js';
import type { ModelWithProvider } from '../repositories/model.repository.js';

export interface ModelCall {
  readonly target: MediaTarget & { readonly baseUrl: string | undefined };
  readonly keySource: KeySource;
  readonly reservation: Reservation;
}

/**
 * Who pays for a provider call and with which key: the person's own key when
 * BYOK is on and they have one for this provider, otherwise the platform's,
 * reserved through the quota gate. Every path that calls a provider comes here.
 */
export class ModelAccess {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly secretBox: SecretBox,
    private readonly providers: ProviderAccess,
    private readonly quota: QuotaGate,
    private readonly budget: Config['tokenBudget'],
  ) {}

  async open(
    user: User,
    model: ModelWithProvider,
    options: { source: string; agent?: { id: string; creatorId: string } | null },
  ): Promise<ModelCall> {
    const own = await resolveUserKey(this.db, this.secretBox, user, model.provider);
    const keySource: KeySource = own ? 'own' : 'platform';
    const apiKey = own?.apiKey ?? this.providers.apiKey(model.provider);
    if (!apiKey) throw new AppError('PROVIDER_KEY_MISSING');
    const reservation = await this.quota.reserve({
      userId: user.id,
      model: { id: model.id, name: model.display_name },
      keySource,
      source: options.source,
      agent: options.agent ?? null,
    });
    return {
      target: {
        kind: model.provider.kind,
        apiKey,
        baseUrl: own ? own.baseUrl : this.providers.baseUrl(model.provider),
        modelId: model.model_id,
      },
      keySource,
      reservation,
    };
  }

  /** min(request ?? agent ?? model ?? default, cap): own keys may go further than the platform's. */
  maxTokens(requested: number | null | undefined, keySource: KeySource): number {
    const cap = keySource === 'own' ? this.budget.ownKeyCap : this.budget.platformCap;
    return Math.min(requested ?? this.budget.default, cap);
  }

  /** Keys for media tools: the person's (with BYOK on) before the platform's. */
  async toolKeys(user: User): Promise<KeyPool> {
    return this.providers.keyPool(await userToolKeys(this.db, this.secretBox, user));
  }
}

import { AppError } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database, KeySource } from '../db/schema.js';
import { monthOf, nextMonthStart } from './month.js';
import * as quota from './quota.repository.js';

export interface QuotaRequest {
  readonly userId: string;
  readonly model: { readonly id: string; readonly name: string };
  readonly keySource: KeySource;
  /** What called the provider: chat, regenerate, generate, api. */
  readonly source: string;
  /** A public agent used on the platform key also charges (and checks) its creator. */
  readonly agent?: { readonly id: string; readonly creatorId: string } | null;
}

export interface Reservation {
  /** The request produced output: the charge stays and its tokens are recorded. */
  settle(outcome: { status: string; inputTokens: number; outputTokens: number }): Promise<void>;
  /** The request failed before producing anything: the charge is given back. */
  release(status?: string): Promise<void>;
}

/**
 * The one gate every path that calls a provider goes through. It reserves
 * before the upstream call (atomically, in the database, so concurrent
 * requests and several server processes cannot overshoot) and settles or
 * releases once the outcome is known.
 */
export class QuotaGate {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly defaultLimit: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Per-user override ?? the model's monthly limit ?? the configured default. */
  async limitFor(userId: string, modelId: string): Promise<number> {
    const row = await quota.readLimitFor(this.db, userId, modelId);
    return row?.override ?? row?.model_limit ?? this.defaultLimit;
  }

  async reserve(request: QuotaRequest): Promise<Reservation> {
    const now = this.now();
    const month = monthOf(now);
    const own = { userId: request.userId, modelId: request.model.id, month };

    if (request.keySource === 'own') {
      await quota.countOwnKeyRequest(this.db, own);
      return this.#reservation(request, [own], 'own');
    }

    const charged: (typeof own)[] = [];
    const creatorId =
      request.agent && request.agent.creatorId !== request.userId
        ? request.agent.creatorId
        : undefined;
    const parties = [
      { key: own, who: 'you' as const },
      ...(creatorId ? [{ key: { ...own, userId: creatorId }, who: 'creator' as const }] : []),
    ];
    for (const party of parties) {
      const limit = await this.limitFor(party.key.userId, request.model.id);
      if (!(await quota.reservePlatformRequest(this.db, party.key, limit))) {
        for (const key of charged) await quota.releasePlatformRequest(this.db, key);
        throw exceeded(request.model, limit, nextMonthStart(now), party.who);
      }
      charged.push(party.key);
    }
    return this.#reservation(request, charged, 'platform');
  }

  #reservation(
    request: QuotaRequest,
    keys: readonly { userId: string; modelId: string; month: string }[],
    keySource: KeySource,
  ): Reservation {
    let done = false;
    const db = this.db;
    const event = (userId: string, status: string, inputTokens: number, outputTokens: number) =>
      quota.recordUsageEvent(db, {
        userId,
        modelId: request.model.id,
        agentId: request.agent?.id ?? null,
        source: userId === request.userId ? request.source : 'agent-creator',
        keySource,
        status,
        inputTokens,
        outputTokens,
      });
    return {
      async settle({ status, inputTokens, outputTokens }) {
        if (done) return;
        done = true;
        for (const key of keys) {
          await quota.addTokens(db, key, { input: inputTokens, output: outputTokens });
          await event(key.userId, status, inputTokens, outputTokens);
        }
      },
      async release(status = 'error') {
        if (done) return;
        done = true;
        for (const key of keys) {
          if (keySource === 'own') await quota.releaseOwnKeyRequest(db, key);
          else await quota.releasePlatformRequest(db, key);
          await event(key.userId, status, 0, 0);
        }
      },
    };
  }
}

function exceeded(
  model: { id: string; name: string },
  limit: number,
  resetsAt: Date,
  who: 'you' | 'creator',
) {
  const day = resetsAt.toISOString().slice(0, 10);
  const message =
    who === 'you'
      ? `You have used all ${limit} requests for ${model.name} this month. The limit resets on ${day}.`
      : `This agent's creator has used all ${limit} requests for ${model.name} this month. It resets on ${day}.`;
  return new AppError('QUOTA_EXCEEDED', {
    message,
    details: {
      modelId: model.id,
      modelName: model.name,
      limit,
      resetsAt: resetsAt.toISOString(),
      who,
    },
  });
}

import type { UsageService } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { monthOf, nextMonthStart } from './month.js';
import { readLimits } from './quota.repository.js';

export function createUsageService(deps: {
  readonly db: Kysely<Database>;
  readonly defaultLimit: number;
  readonly now?: () => Date;
}): UsageService {
  return {
    async summary(user) {
      const now = deps.now?.() ?? new Date();
      const rows = await readLimits(deps.db, user.id, monthOf(now));
      const resetsAt = nextMonthStart(now).toISOString();
      return rows.map((row) => {
        const limit = row.override ?? row.model_limit ?? deps.defaultLimit;
        const used = row.platform_count ?? 0;
        return {
          modelId: row.model_id,
          modelName: row.display_name,
          used,
          limit,
          remaining: Math.max(0, limit - used),
          ownKey: row.own_key_count ?? 0,
          resetsAt,
        };
      });
    },
  };
}

import type { AdminUsageService, UsagePoint } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { decodePageCursor, toPage } from '../shared/page-cursor.js';
import { daysBefore, nextDay, utcDay } from '../shared/utc-calendar.js';
import { toEventFilter, toUsageLog } from './usage.mapper.js';
import { dailyUsage, listUsageEvents } from './usage.repository.js';

/** The series covers the last 30 days, today included, unless asked otherwise. */
export const DEFAULT_SERIES_DAYS = 30;

export function createUsageAdminService(deps: {
  readonly db: Kysely<Database>;
  readonly now?: () => Date;
}): AdminUsageService {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async logs(input) {
      const rows = await listUsageEvents(
        db,
        toEventFilter(input),
        decodePageCursor(input.cursor),
        input.limit,
      );
      return toPage(
        rows,
        input.limit,
        (row) => ({ at: row.created_at, id: String(row.id) }),
        toUsageLog,
      );
    },

    async timeseries(input) {
      const to = input.to ?? utcDay(now());
      const from = input.from ?? daysBefore(to, DEFAULT_SERIES_DAYS - 1);
      const rows = await dailyUsage(db, {
        start: new Date(`${from}T00:00:00Z`),
        end: new Date(`${nextDay(to)}T00:00:00Z`),
        modelId: input.modelId,
      });
      const models = new Map<string, string>();
      const points: UsagePoint[] = rows.map((row) => {
        models.set(row.model_id, row.model_name);
        return {
          day: row.day,
          modelId: row.model_id,
          platform: Number(row.platform),
          own: Number(row.own),
          inputTokens: Number(row.input_tokens ?? 0),
          outputTokens: Number(row.output_tokens ?? 0),
        };
      });
      return {
        from,
        to,
        models: [...models].map(([id, name]) => ({ id, name })),
        points,
      };
    },
  };
}

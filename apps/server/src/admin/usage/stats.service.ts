import type { AdminStats } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { utcMonthStart } from '../shared/utc-calendar.js';
import { countActiveModels, countAgents, countUsers, monthTotals } from './usage.repository.js';

/** The dashboard's head counts and this month's traffic, read in one parallel round. */
export async function readAdminStats(db: Kysely<Database>, at: Date): Promise<AdminStats> {
  const month = utcMonthStart(at);
  const [users, activeModels, agents, totals] = await Promise.all([
    countUsers(db),
    countActiveModels(db),
    countAgents(db),
    monthTotals(db, month),
  ]);
  return {
    month,
    users,
    activeModels,
    agents,
    requests: { platform: totals.platform, own: totals.own },
    tokens: { input: totals.inputTokens, output: totals.outputTokens },
  };
}

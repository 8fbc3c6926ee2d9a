import type { UsageFilter, UsageLog } from '@enox/contracts';
import { dayRange } from '../shared/utc-calendar.js';
import type { UsageEventFilter, UsageEventRow } from './usage.repository.js';

export function toUsageLog(row: UsageEventRow): UsageLog {
  return {
    id: String(row.id),
    createdAt: row.created_at.toISOString(),
    user: { id: row.user_id, name: row.user_name, email: row.user_email },
    model: { id: row.model_id, name: row.model_name },
    agentId: row.agent_id,
    source: row.source,
    keySource: row.key_source,
    status: row.status,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
  };
}

/** Contract filters (inclusive UTC days) as repository bounds (a half-open instant range). */
export function toEventFilter(filter: UsageFilter): UsageEventFilter {
  const { start, end } = dayRange(filter.from, filter.to);
  return {
    start,
    end,
    userId: filter.userId,
    modelId: filter.modelId,
    keySource: filter.keySource,
  };
}

import type { UsageFilter, UsageLog } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PageCursor } from '../shared/page-cursor.js';
import { toEventFilter, toUsageLog } from './usage.mapper.js';
import { listUsageEvents } from './usage.repository.js';

const BATCH = 500;

const COLUMNS: readonly [string, (log: UsageLog) => string | number][] = [
  ['time', (log) => log.createdAt],
  ['user_name', (log) => log.user.name],
  ['user_email', (log) => log.user.email],
  ['model', (log) => log.model.name],
  ['model_id', (log) => log.model.id],
  ['agent_id', (log) => log.agentId ?? ''],
  ['source', (log) => log.source],
  ['key_source', (log) => log.keySource],
  ['status', (log) => log.status],
  ['input_tokens', (log) => log.inputTokens],
  ['output_tokens', (log) => log.outputTokens],
];

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula
 * (a user named "=HYPERLINK(…)") is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(log: UsageLog): string {
  return `${COLUMNS.map(([, read]) => csvField(read(log))).join(',')}\r\n`;
}

export const CSV_HEADER = `${COLUMNS.map(([name]) => name).join(',')}\r\n`;

/**
 * The filtered logs as CSV, newest first, read in keyset batches so an export
 * of any size streams in constant memory.
 */
export async function* usageCsv(db: Kysely<Database>, filter: UsageFilter): AsyncGenerator<string> {
  yield CSV_HEADER;
  const bounds = toEventFilter(filter);
  let after: PageCursor | null = null;
  for (;;) {
    const rows = await listUsageEvents(db, bounds, after, BATCH);
    const page = rows.slice(0, BATCH);
    if (page.length > 0) yield page.map((row) => csvLine(toUsageLog(row))).join('');
    const last = page.at(-1);
    if (rows.length <= BATCH || !last) return;
    after = { at: last.created_at, id: String(last.id) };
  }
}

/** Names the file after its range, e.g. `enox-usage-2026-03-01-to-2026-03-31.csv`. */
export function usageCsvFilename(filter: UsageFilter): string {
  const range = [filter.from ?? 'start', filter.to ?? 'now'].join('-to-');
  return `enox-usage-${range}.csv`;
}

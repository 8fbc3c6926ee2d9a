import { usageFilterInput, type UsageFilter } from '@enox/contracts';
import { addDays, todayUtc } from '../../../lib/utc-days';

/** Where the server serves the CSV export of the logs. */
export const USAGE_CSV_PATH = '/exports/usage.csv';

/** URL parameter of each filter: the page's state lives in its address. */
export const FILTER_PARAMS = {
  from: 'from',
  to: 'to',
  userId: 'user',
  modelId: 'model',
  keySource: 'key',
} as const satisfies Record<keyof UsageFilter, string>;

export const DEFAULT_RANGE_DAYS = 30;

/**
 * The filters in the URL, the last 30 days when no range is given. A value the
 * contract refuses (a hand-edited URL) is dropped rather than failing the page.
 */
export function readUsageFilter(params: URLSearchParams, now = new Date()): UsageFilter {
  const to = params.get(FILTER_PARAMS.to) || todayUtc(now);
  const raw: Record<string, string> = {
    from: params.get(FILTER_PARAMS.from) || addDays(to, -(DEFAULT_RANGE_DAYS - 1)),
    to,
  };
  for (const key of ['userId', 'modelId', 'keySource'] as const) {
    const value = params.get(FILTER_PARAMS[key]);
    if (value) raw[key] = value;
  }
  const parsed = usageFilterInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)));
  return usageFilterInput.safeParse(kept).data ?? {};
}

/** The CSV download of exactly what the table shows. */
export function usageCsvHref(filter: UsageFilter): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
  const text = query.toString();
  return text ? `${USAGE_CSV_PATH}?${text}` : USAGE_CSV_PATH;
}

import type { UsageTimeseries } from '@enox/contracts';
import { daysBetween } from './utc-days';

export interface DailyTotal {
  day: string;
  platform: number;
  own: number;
  requests: number;
  tokens: number;
}

/** One total per day of the range, days without traffic included as zeros. */
export function dailyTotals(series: UsageTimeseries): DailyTotal[] {
  const byDay = new Map<string, DailyTotal>(
    daysBetween(series.from, series.to).map((day) => [
      day,
      { day, platform: 0, own: 0, requests: 0, tokens: 0 },
    ]),
  );
  for (const point of series.points) {
    const total = byDay.get(point.day);
    if (!total) continue;
    total.platform += point.platform;
    total.own += point.own;
    total.requests += point.platform + point.own;
    total.tokens += point.inputTokens + point.outputTokens;
  }
  return [...byDay.values()];
}

export type ModelDay = { day: string } & Record<string, number | string>;

/** Requests per day with one key per model id, for a chart stacked by model. */
export function requestsByModel(series: UsageTimeseries): ModelDay[] {
  const rows = new Map<string, ModelDay>(
    daysBetween(series.from, series.to).map((day) => [
      day,
      Object.fromEntries([['day', day], ...series.models.map((m) => [m.id, 0])]) as ModelDay,
    ]),
  );
  for (const point of series.points) {
    const row = rows.get(point.day);
    if (!row) continue;
    const current = row[point.modelId];
    row[point.modelId] = (typeof current === 'number' ? current : 0) + point.platform + point.own;
  }
  return [...rows.values()];
}

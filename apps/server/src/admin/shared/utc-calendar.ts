const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a moment, in UTC. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** First day of the moment's UTC month, as the `usage.month` column stores it. */
export function utcMonthStart(at: Date): string {
  return `${at.toISOString().slice(0, 7)}-01`;
}

/** The day after a `YYYY-MM-DD` day, for half-open ranges. */
export function nextDay(day: string): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS));
}

export function daysBefore(day: string, count: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) - count * DAY_MS));
}

/** Inclusive days as a half-open range of instants: [from 00:00, day after `to` 00:00). */
export function dayRange(from: string | undefined, to: string | undefined) {
  return {
    start: from ? new Date(`${from}T00:00:00Z`) : undefined,
    end: to ? new Date(`${nextDay(to)}T00:00:00Z`) : undefined,
  };
}

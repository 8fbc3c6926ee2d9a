import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, monthStart, todayUtc } from './utc-days';

describe('UTC days', () => {
  it('reads today in UTC, whatever the local zone', () => {
    expect(todayUtc(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });

  it('walks across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-12-30', '2026-01-02')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(daysBetween('2026-01-02', '2026-01-01')).toEqual([]);
    expect(monthStart('2026-07-19')).toBe('2026-07-01');
  });
});

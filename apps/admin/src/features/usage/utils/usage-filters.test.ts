import { describe, expect, it } from 'vitest';
import { readUsageFilter, usageCsvHref } from './usage-filters';

const now = new Date('2026-03-31T12:00:00Z');
const USER = '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60';

describe('usage filters in the URL', () => {
  it('defaults to the last 30 UTC days', () => {
    expect(readUsageFilter(new URLSearchParams(), now)).toEqual({
      from: '2026-03-02',
      to: '2026-03-31',
    });
  });

  it('reads every filter by its short name', () => {
    const params = new URLSearchParams({
      from: '2026-01-01',
      to: '2026-01-31',
      user: USER,
      key: 'own',
    });
    expect(readUsageFilter(params, now)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      userId: USER,
      keySource: 'own',
    });
  });

  it('drops what the contract refuses instead of failing', () => {
    const params = new URLSearchParams({ user: 'not-an-id', key: 'stolen', to: '2026-03-31' });
    expect(readUsageFilter(params, now)).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('links the CSV to exactly the filters on screen', () => {
    expect(usageCsvHref({ from: '2026-01-01', to: '2026-01-31', userId: USER })).toBe(
      `/exports/usage.csv?from=2026-01-01&to=2026-01-31&userId=${USER}`,
    );
    expect(usageCsvHref({})).toBe('/exports/usage.csv');
  });
});

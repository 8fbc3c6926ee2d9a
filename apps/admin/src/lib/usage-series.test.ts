import type { UsageTimeseries } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { dailyTotals, requestsByModel } from './usage-series';

const series: UsageTimeseries = {
  from: '2026-03-01',
  to: '2026-03-03',
  models: [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Beta' },
  ],
  points: [
    { day: '2026-03-01', modelId: 'a', platform: 2, own: 1, inputTokens: 10, outputTokens: 5 },
    { day: '2026-03-01', modelId: 'b', platform: 1, own: 0, inputTokens: 1, outputTokens: 1 },
    { day: '2026-03-03', modelId: 'b', platform: 0, own: 4, inputTokens: 0, outputTokens: 8 },
  ],
};

describe('usage series for charts', () => {
  it('totals each day, with zeros for quiet days', () => {
    expect(dailyTotals(series)).toEqual([
      { day: '2026-03-01', platform: 3, own: 1, requests: 4, tokens: 17 },
      { day: '2026-03-02', platform: 0, own: 0, requests: 0, tokens: 0 },
      { day: '2026-03-03', platform: 0, own: 4, requests: 4, tokens: 8 },
    ]);
  });

  it('spreads requests over one key per model', () => {
    expect(requestsByModel(series)).toEqual([
      { day: '2026-03-01', a: 3, b: 1 },
      { day: '2026-03-02', a: 0, b: 0 },
      { day: '2026-03-03', a: 0, b: 4 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { droppedFeatures, fallbackLevels, FeatureSupportCache } from './feature-levels.js';

describe('fallbackLevels', () => {
  it('steps from thinking + tools to tools to plain', () => {
    expect(fallbackLevels({ thinking: true, tools: true })).toEqual([
      { thinking: true, tools: true },
      { thinking: false, tools: true },
      { thinking: false, tools: false },
    ]);
    expect(fallbackLevels({ thinking: true, tools: false })).toEqual([
      { thinking: true, tools: false },
      { thinking: false, tools: false },
    ]);
    expect(fallbackLevels({ thinking: false, tools: false })).toEqual([
      { thinking: false, tools: false },
    ]);
  });

  it('skips features known to fail', () => {
    expect(fallbackLevels({ thinking: true, tools: true }, new Set(['thinking']))).toEqual([
      { thinking: false, tools: true },
      { thinking: false, tools: false },
    ]);
    expect(fallbackLevels({ thinking: true, tools: true }, new Set(['thinking', 'tools']))).toEqual(
      [{ thinking: false, tools: false }],
    );
  });

  it('names the features dropped between two levels', () => {
    expect(
      droppedFeatures({ thinking: true, tools: true }, { thinking: false, tools: false }),
    ).toEqual(['thinking', 'tools']);
  });
});

describe('FeatureSupportCache', () => {
  it('remembers rejected features per model until they expire', () => {
    let now = 1_000;
    const cache = new FeatureSupportCache({ ttlMs: 100, now: () => now });
    cache.remember('gemini-a', ['thinking']);
    cache.remember('gemini-a', ['tools']);
    expect([...cache.unsupported('gemini-a')].sort()).toEqual(['thinking', 'tools']);
    expect(cache.unsupported('gemini-b').size).toBe(0);
    now += 100;
    expect(cache.unsupported('gemini-a').size).toBe(0);
  });
});

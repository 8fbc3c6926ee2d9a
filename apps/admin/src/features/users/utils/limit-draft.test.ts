import type { UserModelLimit } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { readLimitDraft, usageRatio } from './limit-draft';

const row: UserModelLimit = {
  modelId: 'm',
  modelName: 'Model',
  type: 'text',
  active: true,
  defaultLimit: 25,
  override: 40,
  effectiveLimit: 40,
  used: 10,
  ownKey: 3,
};

describe('limit drafts', () => {
  it('reads a new number as an override and the same number as no change', () => {
    expect(readLimitDraft('60', row)).toEqual({ kind: 'set', monthlyLimit: 60 });
    expect(readLimitDraft(' 40 ', row)).toEqual({ kind: 'unchanged' });
  });

  it('reads an emptied field as going back to the default', () => {
    expect(readLimitDraft('', row)).toEqual({ kind: 'remove' });
    expect(readLimitDraft('', { ...row, override: null })).toEqual({ kind: 'unchanged' });
  });

  it('explains what is wrong in the contract’s words', () => {
    expect(readLimitDraft('-1', row)).toEqual({ kind: 'invalid', message: 'Use 0 or more.' });
    expect(readLimitDraft('1.5', row)).toEqual({
      kind: 'invalid',
      message: 'Enter a whole number.',
    });
    expect(readLimitDraft('lots', row).kind).toBe('invalid');
  });

  it('fills the usage bar by the limit in force', () => {
    expect(usageRatio(row)).toBe(0.25);
    expect(usageRatio({ ...row, effectiveLimit: 0 })).toBe(1);
    expect(usageRatio({ ...row, used: 99 })).toBe(1);
  });
});

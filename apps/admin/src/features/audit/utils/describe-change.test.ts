import type { AuditEntry } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { changedFields, describeAction, describeTarget } from './describe-change';

function entry(partial: Partial<AuditEntry>): AuditEntry {
  return {
    id: '1',
    createdAt: '2026-03-01T00:00:00.000Z',
    actor: null,
    action: 'provider.update',
    targetType: 'provider',
    targetId: 'p1',
    before: null,
    after: null,
    ...partial,
  };
}

describe('audit entries in words', () => {
  it('names actions, and shows unknown ones as they are', () => {
    expect(describeAction('provider.rotate-key')).toBe('Rotated a provider key');
    expect(describeAction('future.thing')).toBe('future.thing');
  });

  it('names the target from its snapshot', () => {
    expect(describeTarget(entry({ after: { name: 'Team OpenAI' } }))).toBe('Team OpenAI');
    expect(describeTarget(entry({ before: { user: 'bob@example.com', model: 'GPT' } }))).toBe(
      'bob@example.com · GPT',
    );
    expect(describeTarget(entry({}))).toBe('p1');
    expect(describeTarget(entry({ targetType: 'settings', targetId: 'signup_policy' }))).toBeNull();
  });

  it('lists only the fields that changed', () => {
    const changes = changedFields(
      entry({
        before: { name: 'A', key: 'sk-…abcd', active: true },
        after: { name: 'A', key: 'sk-…wxyz', active: false },
      }),
    );
    expect(changes).toEqual([
      { field: 'key', before: 'sk-…abcd', after: 'sk-…wxyz' },
      { field: 'active', before: 'true', after: 'false' },
    ]);
  });

  it('shows every field of a creation', () => {
    expect(changedFields(entry({ after: { name: 'New', baseUrl: null } }))).toEqual([
      { field: 'name', before: null, after: 'New' },
      { field: 'baseUrl', before: null, after: '—' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { changedFields, emptyDraft, validateDraft } from './agent-draft';

const MODEL = '00000000-0000-4000-8000-000000000001';

describe('agent drafts', () => {
  it('reports the server’s wording per field', () => {
    const result = validateDraft({
      ...emptyDraft(MODEL),
      name: ' ',
      username: 'No Spaces',
      temperature: 3,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Enter a name.',
        username: 'Use 3–30 lowercase letters, digits or underscores.',
        temperature: 'Temperature is between 0 and 2.',
      },
    });
  });

  it('accepts a complete draft and lower-cases the username', () => {
    const result = validateDraft({ ...emptyDraft(MODEL), name: 'Poet', username: 'Poet_bot' });
    expect(result.ok && result.data.username).toBe('poet_bot');
  });

  it('lists only what changed since the last save', () => {
    const saved = { ...emptyDraft(MODEL), name: 'A', username: 'abc' };
    expect(changedFields({ ...saved, name: 'B', isPublic: true }, saved)).toEqual({
      name: 'B',
      isPublic: true,
    });
  });
});

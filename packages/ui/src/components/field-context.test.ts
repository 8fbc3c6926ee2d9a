import { describe, expect, it } from 'vitest';
import { describedBy } from './field-context';

describe('describedBy', () => {
  it('lists the hint before the error so the error is read last', () => {
    expect(describedBy({ hintId: 'email-hint', errorId: 'email-error' })).toBe(
      'email-hint email-error',
    );
  });

  it('is undefined when nothing describes the control', () => {
    expect(describedBy({})).toBeUndefined();
  });
});

import { setSettingsInput } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { signupFormValues, splitDomains, toSettingsInput } from './signup-form';

describe('sign-up policy form', () => {
  it('takes domains one per line or comma-separated, once each', () => {
    expect(splitDomains('example.com, team.example\nexample.com ;other.org')).toEqual([
      'example.com',
      'team.example',
      'other.org',
    ]);
  });

  it('round-trips a domain policy', () => {
    const policy = { mode: 'domains' as const, domains: ['example.com', 'team.example'] };
    expect(toSettingsInput(signupFormValues(policy))).toEqual({ signup: policy });
  });

  it('drops the domains of an open or closed policy', () => {
    expect(toSettingsInput({ mode: 'closed', domains: 'example.com' })).toEqual({
      signup: { mode: 'closed' },
    });
  });

  it('words a bad domain the way the server does', () => {
    const result = setSettingsInput.safeParse(
      toSettingsInput({ mode: 'domains', domains: 'not a domain' }),
    );
    expect(result.error?.issues[0]?.message).toBe('Enter a domain such as example.com.');
    expect(result.error?.issues[0]?.path[0]).toBe('signup');
  });
});

import type { AccessToken } from '@enox/contracts';
import { describe, expect, it } from 'vitest';
import { expiryFor, tokenStatus } from './token-status';

const now = new Date('2027-01-10T12:00:00Z');
const token = (overrides: Partial<AccessToken>): AccessToken => ({
  id: 't1',
  name: 'CI',
  prefix: 'enox_pat_AbCd',
  createdAt: '2027-01-01T00:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
  ...overrides,
});

describe('tokenStatus', () => {
  it('is active without expiry or revocation, and before its expiry', () => {
    expect(tokenStatus(token({}), now)).toBe('active');
    expect(tokenStatus(token({ expiresAt: '2027-01-11T00:00:00Z' }), now)).toBe('active');
  });

  it('is expired from its expiry on, and revoked whatever its expiry', () => {
    expect(tokenStatus(token({ expiresAt: '2027-01-10T12:00:00Z' }), now)).toBe('expired');
    expect(
      tokenStatus(
        token({ expiresAt: '2027-01-01T00:00:00Z', revokedAt: '2027-01-02T00:00:00Z' }),
        now,
      ),
    ).toBe('revoked');
  });
});

describe('expiryFor', () => {
  it('counts whole days from now, and sends nothing for no expiry', () => {
    expect(expiryFor('30', now)).toBe('2027-02-09T12:00:00.000Z');
    expect(expiryFor('never', now)).toBeUndefined();
  });
});

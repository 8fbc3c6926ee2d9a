import type { AccessToken } from '@enox/contracts';

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** What a token can do right now; revocation wins over expiry, as the server checks it. */
export function tokenStatus(token: AccessToken, now: Date): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

export const EXPIRY_CHOICES = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'No expiry' },
] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]['value'];

/** The `expiresAt` to send for a choice: whole days from now, or none. */
export function expiryFor(choice: ExpiryChoice, now: Date): string | undefined {
  if (choice === 'never') return undefined;
  return new Date(now.getTime() + Number(choice) * 86_400_000).toISOString();
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "12 Mar 2027", or a word for no date. */
export function formatTokenDate(iso: string | null, none: string): string {
  return iso ? dateFormat.format(new Date(iso)) : none;
}

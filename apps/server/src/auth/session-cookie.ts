import { SESSION_COOKIE } from './lucia.js';

interface CookieOptions {
  readonly secure: boolean;
}

/** httpOnly, SameSite=Lax, and Secure whenever the request came over https. */
export function serializeSessionCookie(
  value: string,
  expiresAt: Date,
  options: CookieOptions,
): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return build(value, maxAge, options);
}

export function serializeBlankSessionCookie(options: CookieOptions): string {
  return build('', 0, options);
}

function build(value: string, maxAge: number, { secure }: CookieOptions): string {
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

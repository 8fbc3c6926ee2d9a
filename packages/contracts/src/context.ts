import type { User } from './schemas/auth.js';
import type { Services } from './services.js';

/** Facts about the HTTP request that procedures may need, and the session cookie port. */
export interface RequestMeta {
  readonly ip: string;
  readonly userAgent: string | null;
  /** How the caller authenticated, if at all. */
  readonly auth:
    { readonly kind: 'session'; readonly sessionId: string } | { readonly kind: 'token' } | null;
  /** Sets the session cookie on the response. */
  setSessionCookie(session: { id: string; expiresAt: Date }): void;
  /** Removes the session cookie from the browser. */
  clearSessionCookie(): void;
}

export interface Context {
  readonly user: User | null;
  readonly services: Services;
  readonly meta: RequestMeta;
}

import type { User } from '@enox/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createLucia, type Auth } from '../auth/lucia.js';
import { serializeBlankSessionCookie, serializeSessionCookie } from '../auth/session-cookie.js';
import { toUser } from '../services/user.mapper.js';
import { bearerToken, createTokenAuthenticator } from '../tokens/token-authenticator.js';

export interface RequestAuth {
  readonly user: User;
  readonly via:
    { readonly kind: 'session'; readonly sessionId: string } | { readonly kind: 'token' };
}

declare module 'fastify' {
  interface FastifyInstance {
    lucia: Auth;
    /** Who is calling: validated against the database on every request, never cached. */
    authenticate(request: FastifyRequest, reply: FastifyReply): Promise<RequestAuth | null>;
    setSessionCookie(
      request: FastifyRequest,
      reply: FastifyReply,
      session: { id: string; expiresAt: Date },
    ): void;
    clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void;
  }
}

const isHttps = (request: FastifyRequest) => request.protocol === 'https';

export const sessionPlugin = fp(
  async (app) => {
    const lucia = createLucia(app.db);
    app.decorate('lucia', lucia);

    app.decorate('setSessionCookie', (request, reply, session) => {
      reply.header(
        'set-cookie',
        serializeSessionCookie(session.id, session.expiresAt, { secure: isHttps(request) }),
      );
    });
    app.decorate('clearSessionCookie', (request, reply) => {
      reply.header('set-cookie', serializeBlankSessionCookie({ secure: isHttps(request) }));
    });

    const authenticateToken = createTokenAuthenticator(app.db);

    app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      // A bearer token speaks for itself: a bad one is refused, never rescued by a cookie.
      const token = bearerToken(request.headers.authorization);
      if (token) {
        const owner = await authenticateToken(token);
        return owner ? { user: toUser(owner), via: { kind: 'token' } } : null;
      }
      const sessionId = lucia.readSessionCookie(request.headers.cookie ?? '');
      if (!sessionId) return null;
      const { session, user } = await lucia.validateSession(sessionId);
      if (!session || !user) {
        app.clearSessionCookie(request, reply);
        return null;
      }
      // Sliding expiry: lucia marks a session fresh when it extended it.
      if (session.fresh) app.setSessionCookie(request, reply, session);
      return { user: toUser(user), via: { kind: 'session', sessionId: session.id } };
    });
  },
  { name: 'enox-session', dependencies: ['enox-db'] },
);

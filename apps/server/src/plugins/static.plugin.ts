import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

export interface StaticPluginOptions {
  /** Built user SPA, served at `/`. */
  readonly webDir: string;
  /** Built admin SPA, served at `/admin/`. */
  readonly adminDir: string;
}

const API_PREFIXES = ['/trpc', '/v1', '/media', '/healthz', '/metrics'];

// Vite puts content-hashed files under assets/: they never change.
function setCacheHeaders(reply: FastifyReply, path: string) {
  reply.header(
    'cache-control',
    path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/** Serves both SPAs with history fallback: unknown page URLs get the app's index.html. */
export const staticPlugin = fp<StaticPluginOptions>(
  async (app, { webDir, adminDir }) => {
    const hasWeb = existsSync(join(webDir, 'index.html'));
    const hasAdmin = existsSync(join(adminDir, 'index.html'));
    if (!hasWeb || !hasAdmin) {
      app.log.warn({ webDir, adminDir }, 'SPA builds not found; run the build to serve the apps');
    }
    if (hasAdmin) {
      await app.register(fastifyStatic, {
        root: adminDir,
        prefix: '/admin/',
        decorateReply: false,
        index: false,
        setHeaders: setCacheHeaders,
      });
    }
    if (hasWeb) {
      await app.register(fastifyStatic, {
        root: webDir,
        prefix: '/',
        index: false,
        setHeaders: setCacheHeaders,
      });
    }

    const sendIndex = (reply: FastifyReply, dir: string) =>
      reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html', dir);

    app.get('/', (_request, reply) => (hasWeb ? sendIndex(reply, webDir) : reply.callNotFound()));
    app.get('/admin', (_request, reply) => reply.redirect('/admin/', 301));
    app.get('/admin/', (_request, reply) =>
      hasAdmin ? sendIndex(reply, adminDir) : reply.callNotFound(),
    );

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const isPage =
        (request.method === 'GET' || request.method === 'HEAD') &&
        !API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) &&
        !/\.[a-z0-9]+$/i.test(path);
      if (isPage && path.startsWith('/admin/') && hasAdmin) return sendIndex(reply, adminDir);
      if (isPage && hasWeb) return sendIndex(reply, webDir);
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Not found.' } });
    });
  },
  { name: 'enox-static' },
);

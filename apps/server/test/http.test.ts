import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../src/testing/index.js';

const register = (email: string) => ({
  method: 'POST' as const,
  url: '/trpc/auth.register',
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify({ email, password: 'correct horse battery', name: 'Test' }),
});

describe('HTTP surface', () => {
  let t: TestApp;
  let spaRoot: string;

  beforeAll(async () => {
    spaRoot = await mkdtemp(join(tmpdir(), 'enox-spa-'));
    for (const app of ['web', 'admin']) {
      await mkdir(join(spaRoot, app, 'assets'), { recursive: true });
      await writeFile(join(spaRoot, app, 'index.html'), `<!doctype html><title>${app}</title>`);
      await writeFile(join(spaRoot, app, 'assets', 'index-abc123.js'), `console.log('${app}')`);
    }
    t = await createTestApp(
      { ENOX_CORS_ORIGINS: 'https://partner.example/', ENOX_TRUST_PROXY: 'true' },
      { spa: { webDir: join(spaRoot, 'web'), adminDir: join(spaRoot, 'admin') } },
    );
  });
  afterAll(async () => {
    await t.close();
    await rm(spaRoot, { recursive: true, force: true });
  });

  it('reports health with the database status and version', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      version: expect.any(String),
      database: { status: 'ok' },
    });
  });

  it('sets an httpOnly, SameSite=Lax session cookie, Secure only over https', async () => {
    const plain = await t.app.inject(register('cookie-plain@example.com'));
    expect(plain.statusCode).toBe(200);
    const cookie = String(plain.headers['set-cookie']);
    expect(cookie).toMatch(/^enox_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);

    const https = await t.app.inject({
      ...register('cookie-https@example.com'),
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
    });
    expect(String(https.headers['set-cookie'])).toMatch(/; Secure$/);
  });

  it('refuses mutations sent from another site, and allows listed origins (trailing slash ignored)', async () => {
    const evil = await t.app.inject({
      ...register('evil@example.com'),
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json()).toMatchObject({ error: { code: 'CROSS_SITE_REQUEST' } });
    const count = await t.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('email', '=', 'evil@example.com')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);

    const partner = await t.app.inject({
      ...register('partner@example.com'),
      headers: { 'content-type': 'application/json', origin: 'https://partner.example' },
    });
    expect(partner.statusCode).toBe(200);
    expect(partner.headers['access-control-allow-origin']).toBe('https://partner.example');

    const same = await t.app.inject({
      ...register('same@example.com'),
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:80',
        host: 'localhost:80',
      },
    });
    expect(same.statusCode).toBe(200);
  });

  it('answers malformed input with a typed error and a human message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": 42}',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as {
      error: { message: string; data: { code: string; appCode: string } };
    };
    expect(body.error.data).toMatchObject({ code: 'BAD_REQUEST', appCode: 'BAD_INPUT' });
    expect(body.error.message.length).toBeGreaterThan(3);
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules/);
  });

  it('sends security headers with a CSP that fits the SPAs', async () => {
    const res = await t.app.inject('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the user SPA at / and the admin SPA at /admin with history fallback', async () => {
    expect((await t.app.inject('/')).body).toContain('<title>web</title>');
    expect((await t.app.inject('/chat/123')).body).toContain('<title>web</title>');
    expect((await t.app.inject('/admin/')).body).toContain('<title>admin</title>');
    expect((await t.app.inject('/admin/users/5')).body).toContain('<title>admin</title>');
    const redirect = await t.app.inject('/admin');
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/admin/');
  });

  it('caches hashed assets for a year and index.html never', async () => {
    const asset = await t.app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const adminAsset = await t.app.inject('/admin/assets/index-abc123.js');
    expect(adminAsset.body).toContain("'admin'");
    expect((await t.app.inject('/chat/1')).headers['cache-control']).toBe('no-cache');
  });

  it('keeps unknown API paths and missing files as JSON 404s, not the SPA', async () => {
    const api = await t.app.inject('/trpc/nope.nothing');
    expect(api.statusCode).toBe(404);
    const missing = await t.app.inject('/assets/missing.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<title>');
  });
});

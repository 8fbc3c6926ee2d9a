import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMasterSecret } from './master-key.js';
import { SecretBox } from './secret-box.js';

const secret = 'k'.repeat(8) + 'abcdefghijklmnopqrstuvwxyz0123456789';

describe('SecretBox', () => {
  it('round-trips a key and never stores it in the clear', () => {
    const box = new SecretBox(secret);
    const sealed = box.seal('sk-live-123456', 'user:1:openai');
    expect(sealed).toMatch(/^v1\.[\w-]{8}:/);
    expect(sealed).not.toContain('sk-live');
    expect(box.open(sealed, 'user:1:openai')).toBe('sk-live-123456');
  });

  it('uses a fresh nonce for every value', () => {
    const box = new SecretBox(secret);
    expect(box.seal('same', 'ctx')).not.toBe(box.seal('same', 'ctx'));
  });

  it('refuses a ciphertext moved to another owner or provider', () => {
    const box = new SecretBox(secret);
    const sealed = box.seal('sk-live-123456', 'user:1:openai');
    expect(() => box.open(sealed, 'user:2:openai')).toThrow();
    expect(() => box.open(sealed, 'user:1:groq')).toThrow();
  });

  it('refuses a tampered ciphertext and a different master key', () => {
    const box = new SecretBox(secret);
    const sealed = box.seal('value', 'ctx');
    const at = sealed.length - 2;
    const flipped = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
    expect(() => box.open(flipped, 'ctx')).toThrow();
    expect(() => new SecretBox(`${secret}x`).open(sealed, 'ctx')).toThrow();
  });
});

describe('master key rotation', () => {
  it('opens values sealed with a previous master key and reseals them with the current one', () => {
    const old = new SecretBox(secret);
    const sealed = old.seal('sk-rotate-me', 'user:1:openai');
    const rotated = new SecretBox(`${secret}-new-0123456789`, [secret]);
    expect(rotated.open(sealed, 'user:1:openai')).toBe('sk-rotate-me');
    expect(rotated.needsReseal(sealed)).toBe(true);
    const resealed = rotated.seal(rotated.open(sealed, 'user:1:openai'), 'user:1:openai');
    expect(rotated.needsReseal(resealed)).toBe(false);
    expect(new SecretBox(`${secret}-new-0123456789`).open(resealed, 'user:1:openai')).toBe(
      'sk-rotate-me',
    );
  });
});

describe('master secret', () => {
  it('generates one owner-only key file in the data directory and reuses it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'enox-secret-'));
    const first = await resolveMasterSecret({ secret: undefined, production: false, dataDir });
    const second = await resolveMasterSecret({ secret: undefined, production: false, dataDir });
    expect(first).toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect((await stat(join(dataDir, 'secret.key'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(dataDir, 'secret.key'), 'utf8')).trim()).toBe(first);
  });

  it('refuses to start in production without a secret, and anywhere with a weak one', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'enox-secret-'));
    await expect(
      resolveMasterSecret({ secret: undefined, production: true, dataDir }),
    ).rejects.toThrow(/ENOX_SECRET/);
    await expect(
      resolveMasterSecret({ secret: 'short', production: false, dataDir }),
    ).rejects.toThrow(/weak/);
  });
});

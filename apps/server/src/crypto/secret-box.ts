import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for secrets at rest (provider and user API keys).
 * Each value gets a random 96-bit nonce; `context` (e.g. owner and provider)
 * is bound as associated data, so a ciphertext copied to another row fails
 * to decrypt. The version prefix leaves room to rotate the master key.
 */
export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(masterSecret: string, previous: readonly { version: string; secret: string }[] = []) {
    const entries: [string, Buffer][] = [[VERSION, deriveKey(masterSecret)]];
    for (const old of previous) entries.push([old.version, deriveKey(old.secret)]);
    this.keys = new Map(entries);
  }

  seal(plaintext: string, context: string): string {
    const key = this.keys.get(VERSION) as Buffer;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([
      cipher.update(plaintext, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return `${VERSION}:${nonce.toString('base64url')}:${body.toString('base64url')}`;
  }

  /** Throws when the value was tampered with, moved to another context, or sealed with an unknown key. */
  open(sealed: string, context: string): string {
    const [version, nonceText, bodyText] = sealed.split(':');
    const key = version ? this.keys.get(version) : undefined;
    if (!key || !nonceText || !bodyText) throw new Error('Unreadable sealed secret');
    const body = Buffer.from(bodyText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonceText, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }
}

function deriveKey(secret: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(secret, 'utf8'), 'enox', 'enox/secret-box/aes-256-gcm', 32),
  );
}

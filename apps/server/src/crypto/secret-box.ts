import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * AES-256-GCM for secrets at rest (provider and user API keys).
 * Each value gets a random 96-bit nonce; `context` (owner and provider) is
 * bound as associated data, so a ciphertext copied to another row fails to
 * decrypt. The prefix `v1.<key id>` names the master key that sealed it, so
 * the master key can be rotated: old keys still open, `needsReseal` finds
 * what to re-encrypt with the current one.
 */
export class SecretBox {
  readonly #current: MasterKey;
  readonly #keys: ReadonlyMap<string, Buffer>;

  constructor(masterSecret: string, previousSecrets: readonly string[] = []) {
    this.#current = deriveKey(masterSecret);
    const all = [this.#current, ...previousSecrets.map(deriveKey)];
    this.#keys = new Map(all.map((k) => [k.id, k.key]));
  }

  seal(plaintext: string, context: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#current.key, nonce);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([
      cipher.update(plaintext, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return `${FORMAT}.${this.#current.id}:${nonce.toString('base64url')}:${body.toString('base64url')}`;
  }

  /** Throws when the value was tampered with, moved to another context, or sealed with an unknown key. */
  open(sealed: string, context: string): string {
    const [prefix, nonceText, bodyText] = sealed.split(':');
    const key = prefix?.startsWith(`${FORMAT}.`)
      ? this.#keys.get(prefix.slice(FORMAT.length + 1))
      : undefined;
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

  /** Sealed with an older master key: re-encrypt with the current one. */
  needsReseal(sealed: string): boolean {
    return !sealed.startsWith(`${FORMAT}.${this.#current.id}:`);
  }
}

function deriveKey(secret: string): MasterKey {
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(secret, 'utf8'), 'enox', 'enox/secret-box/aes-256-gcm', 32),
  );
  // The id identifies the key without revealing anything usable about it.
  const id = createHash('sha256').update(key).update('enox/key-id').digest('base64url').slice(0, 8);
  return { id, key };
}

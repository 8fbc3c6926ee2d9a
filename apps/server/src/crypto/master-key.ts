import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../env.js';

const MIN_SECRET_LENGTH = 32;
const KEY_FILE = 'secret.key';

/**
 * The master secret for encrypting keys at rest. From ENOX_SECRET when set;
 * otherwise, outside production, generated once into the data directory
 * with owner-only permissions. Production refuses to start without a strong one.
 */
export async function resolveMasterSecret(options: {
  readonly secret: string | undefined;
  readonly production: boolean;
  readonly dataDir: string;
}): Promise<string> {
  if (options.secret !== undefined) {
    if (options.secret.length < MIN_SECRET_LENGTH || new Set(options.secret).size < 10) {
      throw new ConfigError(
        `ENOX_SECRET is too weak: use at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 48\`).`,
      );
    }
    return options.secret;
  }
  if (options.production) {
    throw new ConfigError(
      'ENOX_SECRET must be set in production (e.g. `openssl rand -base64 48`).',
    );
  }
  const path = join(options.dataDir, KEY_FILE);
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const generated = randomBytes(48).toString('base64');
  // `wx`: two processes starting at once must not overwrite each other's key.
  await writeFile(path, `${generated}\n`, { mode: 0o600, flag: 'wx' }).catch(
    async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  await chmod(path, 0o600);
  return (await readFile(path, 'utf8')).trim();
}

import { fileURLToPath } from 'node:url';
import { defineEnoxProject } from '../../vitest.shared.ts';

// `pnpm bench`: the real server with the built SPAs, a scripted simulator and the system
// Chromium; the report goes straight to stdout.
export default defineEnoxProject('@enox/e2e bench', {
  root: fileURLToPath(new URL('..', import.meta.url)),
  include: ['bench/**/*.bench-run.ts'],
  globalSetup: ['../apps/server/src/testing/global-setup.ts'],
  disableConsoleIntercept: true,
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 120_000,
});

import { defineEnoxProject } from '../vitest.shared.ts';

// Browser tests: each file starts the real server (with the built SPAs) on a
// free port and drives the system Chromium, one file at a time.
export default defineEnoxProject('e2e', {
  include: ['tests/**/*.test.ts'],
  globalSetup: ['../apps/server/src/testing/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  fileParallelism: false,
});

import { defineEnoxProject } from '../../vitest.shared.ts';

export default defineEnoxProject('@enox/server', {
  globalSetup: ['./src/testing/global-setup.ts'],
  testTimeout: 20_000,
  hookTimeout: 30_000,
});

// Every test project of the workspace. The root vitest.config.ts reads this list,
// so `vitest run` at the root runs them all; each entry also runs alone with
// `pnpm --filter <package> test`.
export default [
  'packages/contracts/vitest.config.ts',
  'packages/core/vitest.config.ts',
  'packages/provider-sim/vitest.config.ts',
  'packages/client/vitest.config.ts',
  'packages/ui/vitest.config.ts',
  'packages/app-kit/vitest.config.ts',
  'apps/server/vitest.config.ts',
  'apps/web/vitest.config.ts',
  'apps/admin/vitest.config.ts',
  'e2e/vitest.config.ts',
];

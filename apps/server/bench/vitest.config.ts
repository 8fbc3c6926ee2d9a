import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { defineEnoxProject } from '../../../vitest.shared.ts';

// The direct baseline streams with the `openai` SDK copy that @enox/core's adapter uses,
// so both sides run the same SDK build (tsconfig.json maps the types the same way).
const openaiSdk = fileURLToPath(
  new URL('../../../packages/core/node_modules/openai', import.meta.url),
);

export default mergeConfig(
  defineEnoxProject('@enox/server bench', {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['bench/run-bench.ts'],
    // One process for the app, the simulator and every client; `gc` makes RSS readings settle.
    pool: 'forks',
    execArgv: ['--expose-gc'],
    fileParallelism: false,
    disableConsoleIntercept: true,
    testTimeout: 170_000,
    hookTimeout: 30_000,
  }),
  { resolve: { alias: { openai: openaiSdk } } },
);

#!/usr/bin/env node
// `npm run sim -- --port <n>`: the simulator on its own, for trying the SDKs or the
// platform by hand.
import { describeSim, parseCliArgs, USAGE } from './cli/cli-args.js';
import { startProviderSim } from './server.js';

const parsed = parseCliArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else if (parsed.kind === 'error') {
  process.stderr.write(`provider-sim: ${parsed.message}\n\n${USAGE}\n`);
  process.exitCode = 2;
} else {
  const { port, host, apiKey } = parsed.options;
  try {
    const sim = await startProviderSim({ port, host, ...(apiKey ? { apiKey } : {}) });
    process.stdout.write(`${describeSim(sim, apiKey)}\n`);
    const stop = () => {
      void sim.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${port} is already in use (try another with --port)`
        : code === 'EACCES'
          ? `no permission to listen on ${host}:${port}`
          : error instanceof Error
            ? error.message
            : String(error);
    process.stderr.write(`provider-sim: ${reason}\n`);
    process.exitCode = 1;
  }
}

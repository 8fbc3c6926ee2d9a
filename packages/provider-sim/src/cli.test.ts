import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built entry point, as `npm run sim` runs it (`npm test` builds before testing).
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function runCli(args: string[]) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build @enox/provider-sim first`);
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function until<T>(read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('npm run sim (the provider-sim command line)', () => {
  it('serves on the given port, prints its base URLs, and stops cleanly on SIGTERM', async () => {
    const run = runCli(['--port', '0', '--api-key', 'by-hand']);
    const openaiBaseUrl = await until(
      () => /OpenAI base URL\s+(\S+)/.exec(run.output().stdout)?.[1],
    );
    expect(run.output().stdout).toMatch(/Gemini base URL\s+http:\/\/127\.0\.0\.1:\d+\/gemini/);
    const response = await fetch(`${openaiBaseUrl}/models`, {
      headers: { authorization: 'Bearer by-hand' },
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { id: string }[] };
    expect(data.map((m) => m.id)).toContain('sim-chat');
    const refused = await fetch(`${openaiBaseUrl}/models`, {
      headers: { authorization: 'Bearer other' },
    });
    expect(refused.status).toBe(401);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('refuses a bad port with a message and exit code 2', async () => {
    const run = runCli(['--port', 'abc']);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('--port must be a whole number');
  });

  it('says so when the port is taken, with exit code 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = runCli(['--port', String(port)]);
      expect(await run.exited).toBe(1);
      expect(run.output().stderr).toBe(
        `provider-sim: port ${port} is already in use (try another with --port)\n`,
      );
    } finally {
      blocker.close();
    }
  });
});

import { createTestApp, type TestApp } from '@enox/server/testing';

export interface RunningServer extends TestApp {
  readonly url: string;
}

/** The real server with the built SPAs, on a free loopback port and its own database. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const test = await createTestApp(env);
  const address = await test.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...test, url: address };
}

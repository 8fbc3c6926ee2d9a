import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VideoOperations } from './gemini/video-operations.js';
import { handleRequest } from './handle-request.js';
import { MediaStore } from './media/media-store.js';
import type { ProviderSim, ProviderSimOptions } from './provider-sim.js';
import { Recorder } from './recorder.js';
import { ScriptQueue } from './script.js';

/** Starts the simulator on `host:port` (default 127.0.0.1, a free port). */
export async function startProviderSim(options: ProviderSimOptions = {}): Promise<ProviderSim> {
  const host = options.host ?? '127.0.0.1';
  const recorder = new Recorder();
  const script = new ScriptQueue();
  const server = createServer({ noDelay: true, keepAliveTimeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const state = { simUrl: url, media: new MediaStore(), videos: new VideoOperations(), recorder };
  server.on('request', (req, res) => {
    void handleRequest({ state, script, apiKey: options.apiKey }, req, res);
  });

  return {
    url,
    openaiBaseUrl: `${url}/openai/v1`,
    geminiBaseUrl: `${url}/gemini`,
    script: (...steps) => script.push(steps),
    pendingSteps: () => script.size(),
    get requests() {
      return recorder.requests;
    },
    openConnections: () => recorder.openCount(),
    waitForIdle: (timeoutMs = 2000) => recorder.waitForIdle(timeoutMs),
    reset: () => {
      script.clear();
      recorder.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging responses and idle keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

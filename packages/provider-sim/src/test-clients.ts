import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { afterAll, beforeEach } from 'vitest';
import type { ProviderSim } from './provider-sim.js';
import { startProviderSim } from './server.js';

export const TEST_KEY = 'sim-test-key';

export interface SimClients {
  sim: ProviderSim;
  openai: OpenAI;
  gemini: GoogleGenAI;
}

/** Real SDK clients pointed at a fresh simulator; retries off so errors surface at once. */
export async function simWithClients(): Promise<SimClients> {
  const sim = await startProviderSim({ apiKey: TEST_KEY });
  const openai = new OpenAI({ baseURL: sim.openaiBaseUrl, apiKey: TEST_KEY, maxRetries: 0 });
  const gemini = new GoogleGenAI({ apiKey: TEST_KEY, httpOptions: { baseUrl: sim.geminiBaseUrl } });
  return { sim, openai, gemini };
}

/** One simulator per test file, its script and records cleared before each test. */
export async function useSim(): Promise<SimClients> {
  const clients = await simWithClients();
  beforeEach(() => clients.sim.reset());
  afterAll(() => clients.sim.close());
  return clients;
}

/** Collects an async iterable, keeping what arrived before an error. */
export async function collect<T>(
  iterable: AsyncIterable<T>,
): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

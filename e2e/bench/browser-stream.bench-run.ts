import { startProviderSim } from '@enox/provider-sim';
import { createTestApp } from '@enox/server/testing';
import { it } from 'vitest';
import { chromiumPath, launchBrowser } from '../src/browser.js';
import { markdownChunks } from './markdown-answer.js';
import { probeScript, type ProbeReading } from './page-probe.js';

const CHUNKS = 5_000;
const TOKENS_PER_SECOND = 400;
const VIEWPORT = { width: 1280, height: 860 };

/** Nearest-rank percentile: a value that was measured, never an interpolation. */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function formatReport(r: ProbeReading, chunks: number, setting: string): string {
  const longTotal = r.longTasks.reduce((sum, d) => sum + d, 0);
  const rows: [string, string][] = [
    ['time to first token on screen (send → first text)', ms(r.firstTokenAt - r.sentAt)],
    ['total stream time (send → complete)', ms(r.completeAt - r.sentAt)],
    ['long tasks over 50 ms: count / total', `${r.longTasks.length} / ${ms(longTotal)}`],
    ['longest task', r.longTasks.length ? ms(Math.max(...r.longTasks)) : '—'],
    ['frame time p50 / p95', `${ms(percentile(r.frames, 50))} / ${ms(percentile(r.frames, 95))}`],
    ['frames sampled', String(r.frames.length)],
  ];
  return [
    '## Streaming a long answer into the web app (headless Chromium)',
    '',
    `${setting} The answer: ${chunks} chunks of mixed markdown (headings, lists, tables, ` +
      `code blocks, math) at ${TOKENS_PER_SECOND} tokens/s.`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
  ].join('\n');
}

it.skipIf(!chromiumPath)('renders a long streamed answer without janking', async () => {
  const apiKey = 'sim-bench-key';
  const sim = await startProviderSim({ apiKey });
  const simulator = { openaiBaseUrl: sim.openaiBaseUrl, geminiBaseUrl: sim.geminiBaseUrl, apiKey };
  const [app, browser] = await Promise.all([createTestApp({}, { simulator }), launchBrowser()]);
  try {
    const url = await app.app.listen({ port: 0, host: '127.0.0.1' });
    const chunks = markdownChunks(CHUNKS);
    sim.script({
      match: { model: 'sim-chat', endpoint: 'chat' },
      behaviour: { kind: 'reply', text: chunks, tokensPerSecond: TOKENS_PER_SECOND },
    });

    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ content: probeScript });
    const page = await context.newPage();
    await page.goto(`${url}/register`);
    const form = page.getByTestId('register-form');
    await form.getByLabel('Name').fill('Bench Mark');
    await form.getByLabel('Email').fill('bench@example.com');
    await form.getByLabel('Password').fill('correct horse battery');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('chat-empty').waitFor();

    await page.getByLabel('Message', { exact: true }).fill('Write a long tour of squares');
    await page.evaluate(() => window.__enoxBench?.start());
    await page.keyboard.press('Enter');
    await page
      .locator('[data-testid="assistant-message"][data-status="complete"]')
      .waitFor({ timeout: 90_000 });
    // One more frame, so the probe has seen the completion.
    await page.waitForFunction(() => (window.__enoxBench?.read().completeAt ?? -1) >= 0);
    const reading = await page.evaluate(() => window.__enoxBench?.read());
    if (!reading) throw new Error('the page probe did not load');

    const setting = `Chromium ${browser.version()}, Node ${process.version}, viewport ${VIEWPORT.width}×${VIEWPORT.height}; server, simulator and browser on one machine.`;
    process.stdout.write(`\n${formatReport(reading, chunks.length, setting)}\n`);
  } finally {
    await browser.close();
    await app.close();
    await sim.close();
  }
});

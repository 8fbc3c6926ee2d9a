import { createTestApp, type TestApp } from '@enox/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// The offline provider's simulator, started here so a test can read what reached the provider.
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { chromiumPath, launchBrowser } from '../src/browser.js';

const password = 'correct horse battery';

/** Polls until the assertion holds; UI work here (streams, media) takes seconds, not one. */
function eventually<T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) {
  return expect.poll(read, { timeout: options.timeout ?? 10_000, interval: 50 });
}
const LIMIT = 3;

interface ChatBody {
  temperature?: number;
  messages?: { role: string; content: unknown }[];
}

describe.skipIf(!chromiumPath)('agents, keys, usage and limits in the browser', () => {
  let app: TestApp;
  let sim: ProviderSim;
  let url: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let people = 0;

  beforeAll(async () => {
    const apiKey = 'sim-e2e-key';
    sim = await startProviderSim({ apiKey });
    [app, browser] = await Promise.all([
      createTestApp(
        { ENOX_DEFAULT_MONTHLY_LIMIT: String(LIMIT) },
        {
          simulator: { openaiBaseUrl: sim.openaiBaseUrl, geminiBaseUrl: sim.geminiBaseUrl, apiKey },
        },
      ),
      launchBrowser(),
    ]);
    url = await app.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await sim?.close();
  });
  beforeEach(async () => {
    sim.reset();
    for (const context of contexts.splice(0)) await context.close();
  });

  async function signUp(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${url}/register`);
    const form = page.getByTestId('register-form');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Email').fill(`person-${++people}@example.com`);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('chat-empty').waitFor();
    return page;
  }

  async function send(page: Page, text: string) {
    await page.getByLabel('Message', { exact: true }).fill(text);
    await page.keyboard.press('Enter');
  }

  const lastAnswer = (page: Page) => page.getByTestId('assistant-message').last();
  const chatBodies = () =>
    sim.requests.filter((r) => r.endpoint === 'chat').map((r) => r.body as ChatBody);

  it('builds an agent in the studio, tests it live with unsaved settings, shares it, and another person chats with it', async () => {
    const creator = await signUp('Ada Creator');
    await creator.goto(`${url}/agents/new`);
    const form = creator.getByTestId('agent-form');
    await form.getByLabel('Name', { exact: true }).fill('Sea Poet');
    await form.getByLabel('Username', { exact: true }).fill('sea_poet');
    await creator.getByTestId('username-available').waitFor();
    await form.getByLabel('Description').fill('Writes short poems about the sea.');
    await form.getByLabel('System prompt').fill('You are Sea Poet. Answer in verse.');

    // An unsaved temperature reaches the provider from the live test chat.
    await form.getByRole('checkbox').first().uncheck();
    const temperature = form.getByLabel('Temperature');
    await temperature.focus();
    await creator.keyboard.press('ArrowRight');
    await creator.keyboard.press('ArrowRight');
    const studio = creator.getByTestId('studio-test-chat');
    await studio.getByLabel('Message', { exact: true }).fill('A line about waves');
    await creator.keyboard.press('Enter');
    await eventually(() =>
      studio.getByTestId('assistant-message').last().getAttribute('data-status'),
    ).toBe('complete');
    expect(chatBodies().at(-1)?.temperature).toBeCloseTo(1.2);
    // So does the prompt of the agent that does not exist yet.
    expect(chatBodies().at(-1)?.messages?.[0]).toEqual({
      role: 'system',
      content: 'You are Sea Poet. Answer in verse.',
    });

    await form.getByRole('switch', { name: 'Public' }).click();
    await form.getByRole('button', { name: 'Create agent' }).click();
    await eventually(() => creator.url()).toMatch(/\/agents\/[0-9a-f-]{36}$/);
    // The test conversation is kept for the saved agent, across a reload.
    await creator.reload();
    await eventually(() =>
      creator.getByTestId('studio-test-chat').getByTestId('user-message').count(),
    ).toBe(1);

    // An edit of the saved prompt is tested before it is saved.
    const saved = creator.getByTestId('studio-test-chat');
    await creator
      .getByTestId('agent-form')
      .getByLabel('System prompt')
      .fill('You are Sea Poet. Answer in haiku.');
    await eventually(() => saved.textContent()).toContain('Testing unsaved changes');
    await saved.getByLabel('Message', { exact: true }).fill('Another line');
    await creator.keyboard.press('Enter');
    await eventually(() => saved.getByTestId('assistant-message').count()).toBe(2);
    await eventually(() =>
      saved.getByTestId('assistant-message').last().getAttribute('data-status'),
    ).toBe('complete');
    expect(chatBodies().at(-1)?.messages?.[0]).toEqual({
      role: 'system',
      content: 'You are Sea Poet. Answer in haiku.',
    });

    const visitor = await signUp('Bob Visitor');
    await visitor.goto(`${url}/explore`);
    await visitor.getByRole('searchbox', { name: 'Search agents' }).fill('sea');
    await visitor.getByTestId('agent-card').filter({ hasText: 'Sea Poet' }).click();
    await eventually(() => visitor.url()).toBe(`${url}/a/sea_poet`);
    const profile = visitor.getByTestId('public-agent');
    await eventually(() => profile.textContent()).toContain('by Ada Creator');
    expect(await profile.textContent()).not.toContain('Answer in verse');
    await profile.getByRole('link', { name: 'Start a chat' }).click();
    await eventually(() => visitor.getByTestId('agent-badge').textContent()).toContain('Sea Poet');
    await send(visitor, 'Tell me about the tide');
    await eventually(() => lastAnswer(visitor).getAttribute('data-status')).toBe('complete');
    expect(chatBodies().at(-1)?.messages?.[0]).toEqual({
      role: 'system',
      content: 'You are Sea Poet. Answer in verse.',
    });
    await visitor.reload();
    await eventually(() => visitor.getByTestId('agent-badge').textContent()).toContain('Sea Poet');
  });

  it('stores an API key and only ever shows its last four characters', async () => {
    const page = await signUp('Key Holder');
    await page.goto(`${url}/settings`);
    const secret = 'sk-e2e-secret-0123456789-wxyz';
    const form = page.getByTestId('add-key-form');
    await form.getByLabel('Provider').selectOption('openai');
    await form.getByLabel('API key').fill(secret);
    await form.getByRole('button', { name: 'Add key' }).click();
    const row = page.getByTestId('key-row');
    await eventually(() => row.textContent()).toContain('OpenAI');
    expect(await row.getByTestId('key-mask').textContent()).toBe('•••• wxyz');
    await eventually(() => form.getByLabel('API key').inputValue()).toBe('');
    await page.reload();
    await eventually(() => page.getByTestId('key-mask').textContent()).toBe('•••• wxyz');
    expect(await page.content()).not.toContain(secret);

    await page.getByTestId('byok-toggle').click();
    await eventually(() => page.getByTestId('byok-toggle').getAttribute('aria-checked')).toBe(
      'true',
    );
    await page.reload();
    await eventually(() => page.getByTestId('byok-toggle').getAttribute('aria-checked')).toBe(
      'true',
    );

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Remove' }).click();
    await eventually(() => page.getByTestId('key-row').count()).toBe(0);
  });

  it('counts a message in the usage page', async () => {
    const page = await signUp('Usage Watcher');
    await page.goto(`${url}/usage`);
    const simChat = page.getByTestId('usage-row').filter({ hasText: 'Sim Chat' });
    await eventually(() => simChat.getByTestId('usage-used').textContent()).toBe('0');
    await page.getByTestId('new-chat').click();
    await send(page, 'Count me');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    await page.goto(`${url}/usage`);
    await eventually(() => simChat.getByTestId('usage-used').textContent()).toBe('1');
  });

  it('shows a failed answer inline and retries it', async () => {
    sim.script({
      match: { model: 'sim-chat', endpoint: 'chat' },
      behaviour: { kind: 'error', status: 400 },
    });
    const page = await signUp('Unlucky');
    await send(page, 'This will fail once');
    const failure = page.getByTestId('answer-error');
    await failure.waitFor({ timeout: 15_000 });
    await failure.getByRole('button', { name: 'Retry' }).click();
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    expect(await page.getByTestId('answer-error').count()).toBe(0);
  });

  it('says which model hit its monthly limit, when it resets, and offers one’s own key', async () => {
    const page = await signUp('Heavy User');
    for (let i = 1; i <= LIMIT; i++) {
      await send(page, `Message number ${i}`);
      await eventually(() => page.getByTestId('assistant-message').count()).toBe(i);
      await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    }
    await send(page, 'One too many');
    const notice = page.getByTestId('quota-error');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Monthly limit reached');
    expect(text).toContain('Sim Chat');
    expect(text).toContain(`${LIMIT} requests a month`);
    expect(text).toMatch(/resets on/);
    await page.getByTestId('model-selector').click();
    await eventually(() =>
      page.locator('[data-testid="model-option"][data-model-id="sim-chat"]').first().textContent(),
    ).toContain('Limit reached');
    await page.keyboard.press('Escape');
    await notice.getByRole('link', { name: 'Use your own key' }).click();
    await eventually(() => page.url()).toBe(`${url}/settings#keys`);
  });
});

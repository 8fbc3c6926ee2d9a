import { createTestApp, type TestApp } from '@enox/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../src/browser.js';

// The platform's own offline start (no keys, no scripted simulator): what a person sees
// when they try the simulator's directives by hand.

function eventually<T>(read: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 50 });
}

/** Records every text any answer ever showed, so a flash of JSON cannot go unseen. */
function recordAnswerTexts() {
  const seen = new Set<string>();
  (window as unknown as { answerTexts: Set<string> }).answerTexts = seen;
  const record = () => {
    document
      .querySelectorAll('[data-testid="assistant-message"]')
      .forEach((node) => seen.add(node.textContent));
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
}

describe.skipIf(!chromiumPath)('the offline simulator driven by hand in the browser', () => {
  let app: TestApp;
  let url: string;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let people = 0;

  beforeAll(async () => {
    [app, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    url = await app.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  beforeEach(async () => {
    await context?.close();
  });

  async function signUp(): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.addInitScript(recordAnswerTexts);
    await page.goto(`${url}/register`);
    const form = page.getByTestId('register-form');
    await form.getByLabel('Name').fill('Ada Lovelace');
    await form.getByLabel('Email').fill(`ada-${++people}@example.com`);
    await form.getByLabel('Password').fill('correct horse battery');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('chat-empty').waitFor();
    return page;
  }

  async function send(page: Page, text: string) {
    await eventually(async () => {
      await page.getByLabel('Message', { exact: true }).fill(text);
      return page.getByRole('button', { name: 'Send message' }).isEnabled();
    }).toBe(true);
    await page.keyboard.press('Enter');
  }

  const lastAnswer = (page: Page) => page.getByTestId('assistant-message').last();
  const answerTexts = (page: Page) =>
    page.evaluate(() => [...(window as unknown as { answerTexts: Set<string> }).answerTexts]);

  it('[sim:fake-tool:B:fenced] draws the image and its JSON never shows, not even briefly', async () => {
    const page = await signUp();
    await send(page, '[sim:fake-tool:B:fenced] a heron at dawn');
    const image = page.getByTestId('generated-image');
    await image.waitFor({ timeout: 20_000 });
    await eventually(() =>
      image.evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const texts = await answerTexts(page);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toContain('"arguments"');
      expect(text).not.toContain('```');
    }
  });

  it('[sim:json-example] keeps an ordinary JSON example on screen and draws nothing', async () => {
    const page = await signUp();
    await send(page, '[sim:json-example] show me a user record');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const code = lastAnswer(page).locator('pre');
    await eventually(() => code.textContent()).toContain('"name": "Ada Lovelace"');
    expect(await lastAnswer(page).textContent()).toContain('{"name": "Ada"}');
    expect(await page.getByTestId('generated-image').count()).toBe(0);
  });

  it('a reserved Gemini model that cannot think still answers with Think on', async () => {
    const page = await signUp();
    await page.getByTestId('model-selector').click();
    await page.getByRole('combobox', { name: 'Find a model' }).fill('without thinking');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByTestId('model-selector').textContent()).toContain(
      'Sim Gemini without thinking',
    );
    const think = page.getByTestId('composer').getByRole('button', { name: 'Think', exact: true });
    await think.click();
    expect(await think.getAttribute('aria-pressed')).toBe('true');
    await send(page, '[sim:echo] Hello there');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const answer = await lastAnswer(page).textContent();
    // The thinking request was refused; the adapter's retry without it is what answered.
    expect(answer).toContain('Thinking requested: no');
    expect(answer).toContain('Hello there');
  });
});

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@enox/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// The offline provider's simulator, started here so a test can script slow, long answers.
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { chromiumPath, launchBrowser } from '../src/browser.js';

const password = 'correct horse battery';

/** Polls until the assertion holds; UI work here (streams, media) takes seconds, not one. */
function eventually<T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) {
  return expect.poll(read, { timeout: options.timeout ?? 10_000, interval: 50 });
}

/** Plain words w001 … wNNN in short paragraphs: easy to count, impossible to confuse. */
function numberedText(count: number): string {
  const words = Array.from({ length: count }, (_, i) => `w${String(i + 1).padStart(3, '0')}`);
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 20) paragraphs.push(words.slice(i, i + 20).join(' '));
  return paragraphs.join('\n\n');
}

describe.skipIf(!chromiumPath)('the chat in the browser', () => {
  let app: TestApp;
  let sim: ProviderSim;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let people = 0;

  beforeAll(async () => {
    const apiKey = 'sim-e2e-key';
    sim = await startProviderSim({ apiKey });
    [app, browser] = await Promise.all([
      createTestApp(
        { ENOX_CHECKPOINT_INTERVAL_MS: '100' },
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
    await context?.close();
  });

  /** A fresh person in a fresh browser context, on the new-chat page. */
  async function signUp(viewport = { width: 1280, height: 860 }): Promise<Page> {
    context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${url}/register`);
    const form = page.getByTestId('register-form');
    await form.getByLabel('Name').fill('Grace Hopper');
    await form.getByLabel('Email').fill(`grace-${++people}@example.com`);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('chat-empty').waitFor();
    return page;
  }

  async function chooseModel(page: Page, query: string, name: string) {
    await page.getByTestId('model-selector').click();
    await page.getByRole('combobox', { name: 'Find a model' }).fill(query);
    await page.keyboard.press('Enter');
    await eventually(() => page.getByTestId('model-selector').textContent()).toContain(name);
  }

  async function send(page: Page, text: string, label = 'Message') {
    // On a busy machine the app may still be starting (models loading, inputs hydrating):
    // type until the composer accepts the message, then send it.
    await eventually(async () => {
      await page.getByLabel(label, { exact: true }).fill(text);
      return page.getByRole('button', { name: 'Send message' }).isEnabled();
    }).toBe(true);
    await page.keyboard.press('Enter');
  }

  const lastAnswer = (page: Page) => page.getByTestId('assistant-message').last();

  it('streams an answer to a sent message, then keeps it in the history', async () => {
    sim.script({
      match: { model: 'sim-chat', endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        text: 'A **closure** keeps the variables of the scope it was made in.\n\n```js\nconst add = (a) => (b) => a + b;\n```',
        // Long enough that a loaded machine still sees the caret before the first token.
        firstTokenMs: 5000,
      },
    });
    const page = await signUp();
    await send(page, 'Explain closures in JavaScript');
    // The caret shows before the server has answered anything.
    await page.getByTestId('typing-indicator').waitFor();
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const answer = await lastAnswer(page).textContent();
    expect(answer).toContain('keeps the variables');
    expect(await lastAnswer(page).locator('strong').textContent()).toBe('closure');
    await eventually(() => lastAnswer(page).locator('.hljs').count()).toBe(1);
    await eventually(() => page.url()).toMatch(/\/c\/[0-9a-f-]{36}$/);
    await eventually(() => page.getByTestId('chat-history-item').first().textContent()).toContain(
      'Explain closures',
    );

    await page.reload();
    await eventually(() => lastAnswer(page).textContent()).toBe(answer);
    expect(await page.getByTestId('user-message').count()).toBe(1);
  });

  it('shows thinking with a live timer, then collapses it to the time it took', async () => {
    sim.script({
      match: { model: 'sim-reasoner', endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        reasoning: numberedText(40),
        text: 'The sky scatters blue light the most.',
        tokensPerSecond: 25,
      },
    });
    const page = await signUp();
    await chooseModel(page, 'sim-reasoner', 'Sim Reasoner');
    await page.getByRole('button', { name: 'Think' }).click();
    expect(await page.getByRole('button', { name: 'Think' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await send(page, 'Why is the sky blue?');

    const label = page.getByTestId('thinking-label');
    await eventually(() => label.textContent()).toMatch(/^Thinking… \d+\.\d s$/);
    await eventually(() => label.textContent(), { timeout: 15_000 }).toMatch(
      /^Thought for \d+\.\d s$/,
    );
    await eventually(() => lastAnswer(page).textContent()).toContain('scatters blue light');
    // Collapsed when done; one click shows the reasoning.
    const toggle = page.getByTestId('thinking-panel').getByRole('button');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await eventually(() => page.getByTestId('thinking-panel').textContent()).toContain('w040');
  });

  it('stops mid-stream and keeps the partial answer, also after a reload', async () => {
    sim.script({
      match: { model: 'sim-chat', endpoint: 'chat' },
      behaviour: { kind: 'reply', text: numberedText(300), tokensPerSecond: 20 },
    });
    const page = await signUp();
    await send(page, 'Count slowly');
    await eventually(() => lastAnswer(page).textContent()).toContain('w005');
    await page.getByTestId('stop-button').click();
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('stopped');
    const partial = (await lastAnswer(page).locator('.markdown').textContent()) ?? '';
    expect(partial).toContain('w005');
    expect(partial).not.toContain('w300');
    await eventually(() => page.getByTestId('send-button').isVisible()).toBe(true);

    await page.reload();
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('stopped');
    expect(await lastAnswer(page).locator('.markdown').textContent()).toBe(partial);
  });

  it('resumes the same answer after a reload mid-stream, with no duplicated text', async () => {
    sim.script({
      match: { model: 'sim-chat', endpoint: 'chat' },
      behaviour: { kind: 'reply', text: numberedText(120), tokensPerSecond: 30 },
    });
    const page = await signUp();
    await send(page, 'Count to a hundred and twenty');
    await eventually(() => lastAnswer(page).textContent()).toContain('w010');
    const messageId = await lastAnswer(page).getAttribute('data-message-id');

    await page.reload();
    await eventually(() => lastAnswer(page).getAttribute('data-status'), { timeout: 20_000 }).toBe(
      'complete',
    );
    expect(await lastAnswer(page).getAttribute('data-message-id')).toBe(messageId);
    const text = (await lastAnswer(page).locator('.markdown').textContent()) ?? '';
    expect(text.match(/w001/g)).toHaveLength(1);
    expect(text.match(/w060/g)).toHaveLength(1);
    expect(text.match(/w120/g)).toHaveLength(1);
    expect(await page.getByTestId('assistant-message').count()).toBe(1);
  });

  it('regenerates the last answer in place', async () => {
    sim.script(
      {
        match: { model: 'sim-chat', endpoint: 'chat' },
        behaviour: { kind: 'reply', text: 'First take.' },
      },
      {
        match: { model: 'sim-chat', endpoint: 'chat' },
        behaviour: { kind: 'reply', text: 'Second take.' },
      },
    );
    const page = await signUp();
    await send(page, 'Give me a take');
    await eventually(() => lastAnswer(page).textContent()).toContain('First take.');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    await lastAnswer(page).hover();
    await lastAnswer(page).getByRole('button', { name: 'Regenerate' }).click();
    await eventually(() => lastAnswer(page).textContent()).toContain('Second take.');
    expect(await page.getByTestId('assistant-message').count()).toBe(1);
    await page.reload();
    await eventually(() => lastAnswer(page).textContent()).toContain('Second take.');
  });

  it('draws an image from a tool call: a skeleton first, then the image, a lightbox, and it stays after reload', async () => {
    sim.script({ match: { endpoint: 'image' }, behaviour: { kind: 'media', latencyMs: 1500 } });
    const page = await signUp();
    await send(page, 'draw a cat');
    await page.getByTestId('media-skeleton-image').waitFor();
    const image = page.getByTestId('generated-image');
    await image.waitFor({ timeout: 20_000 });
    await eventually(() =>
      image.evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId('media-skeleton-image').count()).toBe(0);

    await page.getByRole('button', { name: 'Open image' }).click();
    const lightbox = page.getByTestId('lightbox');
    await lightbox.waitFor();
    const download = lightbox.getByRole('link', { name: 'Download' });
    expect(await download.getAttribute('href')).toMatch(/^\/media\/[0-9a-f-]{36}$/);
    await page.keyboard.press('Escape');
    await lightbox.waitFor({ state: 'detached' });

    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    await page.reload();
    await eventually(() =>
      page.getByTestId('generated-image').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
  });

  it('switches to the emerald speech composer with voice pills and plays the spoken answer', async () => {
    const page = await signUp();
    await chooseModel(page, 'sim-tts', 'Sim TTS');
    const composer = page.getByTestId('composer');
    expect(await composer.getAttribute('data-variant')).toBe('speech');
    const voices = page.getByTestId('voice-pills').getByRole('radio');
    expect(await voices.count()).toBeGreaterThan(1);
    await voices.nth(1).click();
    expect(await voices.nth(1).getAttribute('aria-checked')).toBe('true');
    await send(page, 'Hello from the browser test', 'Text to speak');

    const audio = page.locator('[data-testid="audio-player"] audio');
    await audio.waitFor({ state: 'attached', timeout: 20_000 });
    await eventually(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Play' }).click();
    await eventually(() =>
      audio.evaluate((a: HTMLAudioElement) => a.currentTime > 0 || a.ended),
    ).toBe(true);

    await page.reload();
    await eventually(() =>
      page
        .locator('[data-testid="audio-player"] audio')
        .evaluate((a: HTMLAudioElement) => a.duration),
    ).toBeGreaterThan(0);
  });

  it('uses the purple prompt with aspect ratios for image models', async () => {
    const page = await signUp();
    await chooseModel(page, 'sim-image', 'Sim Image');
    expect(await page.getByTestId('composer').getAttribute('data-variant')).toBe('media');
    const ratios = page.getByTestId('aspect-ratio').getByRole('radio');
    expect(await ratios.allTextContents()).toEqual(['1:1', '16:9', '9:16', '4:3', '3:4']);
    await ratios.nth(1).click();
    await send(page, 'A lighthouse at dusk', 'Prompt');
    await page.getByTestId('generated-image').waitFor({ timeout: 20_000 });
  });

  it('makes a video from a tool call and keeps it after reload', async () => {
    const page = await signUp();
    await send(page, 'make a video of waves at sunrise');
    await page.getByTestId('media-skeleton-video').waitFor({ timeout: 10_000 });
    const video = page.getByTestId('generated-video');
    await video.waitFor({ timeout: 30_000 });
    await eventually(() => lastAnswer(page).getAttribute('data-status'), { timeout: 20_000 }).toBe(
      'complete',
    );
    await page.reload();
    const src = await page.getByTestId('generated-video').getAttribute('src');
    expect(src).toMatch(/^\/media\/[0-9a-f-]{36}$/);
    const served = await page.evaluate(async (path) => {
      const response = await fetch(path ?? '');
      return { status: response.status, type: response.headers.get('content-type') };
    }, src);
    expect(served).toEqual({ status: 200, type: 'video/mp4' });
    // The player reads it through the server's media route (with ranges) and can play it.
    await eventually(() =>
      page.getByTestId('generated-video').evaluate((v: HTMLVideoElement) => v.videoWidth),
    ).toBeGreaterThan(0);
    const playing = await page
      .getByTestId('generated-video')
      .evaluate(async (v: HTMLVideoElement) => {
        v.muted = true;
        await v.play();
        await new Promise((resolve) => setTimeout(resolve, 400));
        return v.currentTime > 0 || v.ended;
      });
    expect(playing).toBe(true);
  });

  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  async function dismissToasts(page: Page) {
    const buttons = page.getByRole('button', { name: 'Dismiss notification' });
    while ((await buttons.count()) > 0) await buttons.first().click();
  }

  it('adds and removes attachment chips, and refuses files over the limits with the reason', async () => {
    const page = await signUp();
    const input = page.getByTestId('file-input');
    await input.setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    const chips = page.getByTestId('attachment-chip');
    await eventually(() => chips.count()).toBe(1);
    expect(await chips.first().textContent()).toContain('dot.png');
    await page.getByRole('button', { name: 'Remove dot.png' }).click();
    await eventually(() => chips.count()).toBe(0);

    // Six files: five are attached, the sixth is refused with the reason.
    await input.setInputFiles(
      Array.from({ length: 6 }, (_, i) => ({
        name: `n${i}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(`note ${i}`),
      })),
    );
    await eventually(() => chips.count()).toBe(5);
    await eventually(() => page.getByRole('alert').allTextContents()).toContainEqual(
      expect.stringContaining('Attach at most 5 files'),
    );
    await dismissToasts(page);
    for (let i = 0; i < 5; i++)
      await page.getByRole('button', { name: `Remove n${i}.txt` }).click();
    await eventually(() => chips.count()).toBe(0);

    await input.setInputFiles({
      name: 'huge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1024, 1),
    });
    await eventually(() => page.getByRole('alert').allTextContents()).toContainEqual(
      expect.stringContaining('each file may be at most 10.0 MB'),
    );
    expect(await chips.count()).toBe(0);
  });

  it('sends an attached image and keeps only [Image sent] in the history', async () => {
    const page = await signUp();
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    await eventually(() => page.getByTestId('attachment-chip').count()).toBe(1);
    await send(page, 'What is in this picture?');
    await eventually(() => page.getByTestId('attachment-chip').count()).toBe(0);
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    await page.reload();
    const user = page.getByTestId('user-message').first();
    await eventually(() => user.textContent()).toContain('[Image sent]');
    expect(await user.textContent()).toContain('What is in this picture?');
    expect(await user.locator('img').count()).toBe(0);
  });

  it('pins a model in place, and the pin survives a reload', async () => {
    const page = await signUp();
    await page.getByTestId('model-selector').click();
    const option = page.locator('[data-testid="model-option"][data-model-id="sim-gemini"]').first();
    await option.hover();
    await page.getByRole('button', { name: 'Pin Sim Gemini (offline)' }).click();
    const pinned = page.getByRole('group', { name: 'Pinned' });
    await eventually(() => pinned.textContent()).toContain('Sim Gemini');
    await page.keyboard.press('Escape');

    await page.reload();
    await page.getByTestId('model-selector').click();
    await eventually(() => page.getByRole('group', { name: 'Pinned' }).textContent()).toContain(
      'Sim Gemini',
    );
  });

  it('navigates the model selector with the keyboard and filters as you type', async () => {
    const page = await signUp();
    await page.getByTestId('model-selector').click();
    const search = page.getByRole('combobox', { name: 'Find a model' });
    await eventually(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('veo');
    expect(await page.getByTestId('model-option').count()).toBe(1);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('ArrowDown');
    const active = await search.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    const chosen = await page
      .locator(`[id="${active}"] [data-testid="model-option-name"]`)
      .textContent();
    expect(chosen).toBeTruthy();
    await page.keyboard.press('Enter');
    await eventually(() => page.getByTestId('model-selector').getAttribute('aria-label')).toBe(
      `Model: ${chosen}. Change model`,
    );
  });

  it('renames, searches and deletes chats from the sidebar', async () => {
    const page = await signUp();
    await send(page, 'First topic about apples');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    await page.getByTestId('new-chat').click();
    await page.getByTestId('chat-empty').waitFor();
    await send(page, 'Second topic about pears');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const items = page.getByTestId('chat-history-item');
    await eventually(() => items.count()).toBe(2);

    await items.first().hover();
    await page.getByRole('button', { name: 'Options for Second topic about pears' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const title = page.getByRole('dialog').getByLabel('Title');
    await title.fill('Pear notes');
    await page.keyboard.press('Enter');
    await eventually(() => items.first().textContent()).toBe('Pear notes');

    await page.getByRole('searchbox', { name: 'Search chats' }).fill('apples');
    await eventually(() => items.allTextContents()).toEqual(['First topic about apples']);
    await page.getByRole('searchbox', { name: 'Search chats' }).fill('');
    await eventually(() => items.count()).toBe(2);

    await items.first().hover();
    await page.getByRole('button', { name: 'Options for Pear notes' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await eventually(() => items.allTextContents()).toEqual(['First topic about apples']);
    await eventually(() => page.url()).toBe(`${url}/`);
    await page.reload();
    await eventually(() => page.getByTestId('chat-history-item').allTextContents()).toEqual([
      'First topic about apples',
    ]);
  });

  it('fits a phone: the sidebar is a drawer, the composer stays pinned', async () => {
    const page = await signUp({ width: 390, height: 844 });
    await send(page, 'Hello from a phone');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    expect(await page.getByRole('complementary', { name: 'Chats' }).count()).toBe(0);
    const composer = await page.getByTestId('composer').boundingBox();
    expect(composer && composer.y + composer.height).toBeGreaterThan(780);
    expect(composer?.width).toBeLessThanOrEqual(390);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(tmpdir(), 'enox-web-phone-chat.png') });

    await page.getByRole('button', { name: 'Open menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Chats' });
    await drawer.waitFor();
    await eventually(() => drawer.getByTestId('chat-history-item').count()).toBe(1);
    await page.screenshot({ path: join(tmpdir(), 'enox-web-phone-drawer.png') });
    await drawer.getByTestId('new-chat').click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByTestId('chat-empty').waitFor();
  });
});

import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../src/browser.js';
import { startServer, type RunningServer } from '../src/server.js';

const password = 'correct horse battery';
const TEAM_KEY = 'sk-team-0123456789wxyz';
const CHAT_MODEL = 'Sim Chat (offline)';

async function register(context: BrowserContext, base: string, name: string, email: string) {
  const page = await context.newPage();
  await page.goto(`${base}/register`);
  const form = page.getByTestId('register-form');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('app-shell').waitFor();
  return page;
}

/** Opens a row's action menu and picks an item. */
async function rowAction(page: Page, rowTestId: string, rowText: string, item: string) {
  await page
    .getByTestId(rowTestId)
    .filter({ hasText: rowText })
    .getByRole('button', { name: /^Actions for / })
    .click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function pickModel(page: Page, name: string) {
  await page.getByTestId('model-selector').click();
  await page.getByTestId('model-option').filter({ hasText: name }).first().click();
}

async function send(page: Page, text: string) {
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByTestId('send-button').click();
}

describe.skipIf(!chromiumPath)('the admin console in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: Page;
  let bob: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // The first account is the administrator; Bob is a plain user.
    admin = await register(await browser.newContext(), server.url, 'Ada Admin', 'ada@example.com');
    bob = await register(await browser.newContext(), server.url, 'Bob User', 'bob@example.com');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a provider and a model that then appears in the user app’s model list', async () => {
    await admin.goto(`${server.url}/admin/providers`);
    await admin.getByRole('button', { name: 'Add provider' }).click();
    const form = admin.getByTestId('provider-form');
    await form.getByLabel('Base URL').fill('ftp://nowhere');
    await expect(form.getByText('Enter an http(s) URL.').isVisible()).resolves.toBe(true);
    await form.getByLabel('Name', { exact: true }).fill('Team Endpoint');
    await form.getByLabel('Base URL').fill('https://llm.example.test/v1');
    await form.getByLabel('API key').fill(TEAM_KEY);
    await form.getByRole('button', { name: 'Add provider' }).click();
    const row = admin.getByTestId('provider-row').filter({ hasText: 'Team Endpoint' });
    await row.getByLabel('Key ending in wxyz').waitFor();
    expect(await admin.content()).not.toContain(TEAM_KEY);

    // Editing without retyping the key keeps it.
    await rowAction(admin, 'provider-row', 'Team Endpoint', 'Edit');
    const edit = admin.getByTestId('provider-form');
    await edit.getByLabel('Name', { exact: true }).fill('Team Endpoint EU');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await admin
      .getByTestId('provider-row')
      .filter({ hasText: 'Team Endpoint EU' })
      .getByLabel('Key ending in wxyz')
      .waitFor();

    await admin.goto(`${server.url}/admin/models`);
    await admin.getByRole('button', { name: 'Add model' }).click();
    const modelForm = admin.getByTestId('model-form');
    await modelForm.getByLabel('Provider').selectOption({ label: 'Team Endpoint EU' });
    await modelForm.getByLabel('Display name').fill('Team Model');
    await modelForm.getByLabel('Model id').fill('team-model-1');
    await modelForm.getByLabel('Monthly limit').fill('-3');
    await expect(modelForm.getByText('Use 0 or more.').isVisible()).resolves.toBe(true);
    await modelForm.getByLabel('Monthly limit').fill('50');
    await modelForm.getByRole('button', { name: 'Add model' }).click();
    await admin.getByTestId('model-row').filter({ hasText: 'Team Model' }).waitFor();

    await bob.goto(`${server.url}/`);
    await bob.getByTestId('model-selector').click();
    await bob.getByTestId('model-option').filter({ hasText: 'Team Model' }).first().waitFor();
    await bob.keyboard.press('Escape');
  });

  it('tests the offline provider’s key from the providers page', async () => {
    await admin.goto(`${server.url}/admin/providers`);
    await rowAction(admin, 'provider-row', 'OpenAI protocol', 'Test key');
    await admin.getByText(/The key works: the provider lists \d+ models/).waitFor();
  });

  it('sets a per-user limit that the user then hits', async () => {
    await admin.goto(`${server.url}/admin/users`);
    await admin.getByLabel('Search by name or email').fill('bob');
    await rowAction(admin, 'user-row', 'Bob User', 'Limits');
    const editor = admin.getByTestId('limits-editor');
    const chatRow = editor.locator(`[data-testid="limit-row"][data-model="${CHAT_MODEL}"]`);
    await chatRow.getByLabel(`Monthly limit for ${CHAT_MODEL}`).fill('1');
    await chatRow.getByRole('button', { name: 'Save' }).click();
    await chatRow.getByText('Override').waitFor();
    await expect(chatRow.getByTestId('limit-usage').textContent()).resolves.toBe('0 of 1 used');
    await admin.keyboard.press('Escape');

    await bob.goto(`${server.url}/`);
    await pickModel(bob, CHAT_MODEL);
    await send(bob, 'Hello from Bob');
    await bob.getByTestId('send-button').waitFor();
    await send(bob, 'One more, please');
    await bob.getByTestId('quota-error').waitFor();

    await rowAction(admin, 'user-row', 'Bob User', 'Limits');
    await admin
      .getByTestId('limits-editor')
      .locator(`[data-model="${CHAT_MODEL}"]`)
      .getByTestId('limit-usage')
      .getByText('1 of 1 used', { exact: true })
      .waitFor();
    await admin.keyboard.press('Escape');
  });

  it('shows the requests on the dashboard and in the usage logs, and downloads them as CSV', async () => {
    await admin.goto(`${server.url}/admin/`);
    const requests = admin.getByTestId('stat-card').filter({ hasText: 'Requests this month' });
    await requests.getByText('1 platform · 0 own key').waitFor();

    await admin.goto(`${server.url}/admin/usage`);
    await admin.getByTestId('usage-row').filter({ hasText: 'Bob User' }).first().waitFor();
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByTestId('usage-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^enox-usage-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('user_email');
    expect(csv).toContain(`Bob User,bob@example.com,${CHAT_MODEL}`);
  });

  it('refuses the console and the CSV to a non-admin', async () => {
    await bob.goto(`${server.url}/admin/`);
    await bob.getByTestId('admins-only').waitFor();
    expect(await bob.getByTestId('admin-shell').count()).toBe(0);
    const csv = await bob.request.get(`${server.url}/exports/usage.csv`);
    expect(csv.status()).toBe(403);
  });

  it('disables an account: the person is signed out on their next request', async () => {
    await admin.goto(`${server.url}/admin/users`);
    await rowAction(admin, 'user-row', 'Bob User', 'Disable account');
    await admin
      .getByTestId('confirm-dialog')
      .getByRole('button', { name: 'Disable account' })
      .click();
    await admin
      .getByTestId('user-row')
      .filter({ hasText: 'Bob User' })
      .getByText('Disabled')
      .waitFor();

    await bob.goto(`${server.url}/`);
    await bob.getByTestId('login-form').waitFor();
  });
});

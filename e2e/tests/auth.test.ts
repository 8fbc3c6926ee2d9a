import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser } from '../src/browser.js';
import { startServer, type RunningServer } from '../src/server.js';

const password = 'correct horse battery';

async function register(page: Page, base: string, name: string, email: string) {
  await page.goto(`${base}/register`);
  const form = page.getByTestId('register-form');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('app-shell').waitFor();
}

describe.skipIf(!chromiumPath)('sign-up and sign-in in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers a person and lands them in the app shell, signed in after a reload', async () => {
    const page = await browser.newPage();
    await register(page, server.url, 'Ada Admin', 'ada@example.com');
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain('Ada Admin');
    await page.reload();
    await page.getByTestId('app-shell').waitFor();
    await page.close();
  });

  it('shows a wrong password as a form error and signs in with the right one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    const form = page.getByTestId('login-form');
    await form.getByLabel('Email').fill('ada@example.com');
    await form.getByLabel('Password').fill('not the password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
      'Email or password is incorrect',
    );
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('app-shell').waitFor();
    await page.close();
  });

  it('refuses the admin app to a non-admin and admits the admin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The first account (Ada) is the admin; Bob is a plain user.
    await register(page, server.url, 'Bob User', 'bob@example.com');
    await page.goto(`${server.url}/admin/`);
    await page.getByTestId('admins-only').waitFor();
    expect(await page.getByTestId('admin-shell').count()).toBe(0);
    await context.close();

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto(`${server.url}/admin/`);
    const form = admin.getByTestId('login-form');
    await form.getByLabel('Email').fill('ada@example.com');
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByTestId('admin-shell').waitFor();
    await expect(
      admin.getByRole('navigation', { name: 'Admin sections' }).isVisible(),
    ).resolves.toBe(true);
    await adminContext.close();
  });
});

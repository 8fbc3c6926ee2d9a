import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system's Chromium: never a downloaded browser build. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => Boolean(path && existsSync(path)),
  );
}

export const browserRequired = process.env.ENOX_REQUIRE_BROWSER === '1';
export const chromiumPath = findChromium();

if (!chromiumPath) {
  const hint =
    'browser tests not run: no Chromium (apt-get install chromium, or set CHROMIUM_PATH)';
  if (browserRequired) throw new Error(`${hint}; ENOX_REQUIRE_BROWSER=1 requires them`);
  console.warn(hint);
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('no Chromium');
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS, headless: true });
}

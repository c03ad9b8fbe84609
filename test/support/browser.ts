import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchedBrowsers } from './open-pages';

/** Debian's Chromium, headless; its background services are off, as this machine's network is closed. */
export const launchChromium = async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  launchedBrowsers.add(browser);
  browser.on('disconnected', () => launchedBrowsers.delete(browser));
  return browser;
};

/** Screenshots are kept as test artifacts in test-results/. */
export const screenshotPath = (name: string) => {
  const directory = resolve(import.meta.dirname, '../../test-results/screenshots');
  mkdirSync(directory, { recursive: true });
  return resolve(directory, `${name}.png`);
};

export const phone = { width: 375, height: 740 };
export const desktop = { width: 1280, height: 800 };

/** The page is no wider than the screen: nothing scrolls sideways (a phone's first complaint). */
export const expectNoSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

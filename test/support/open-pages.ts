import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * The browsers this test file launched (`launchChromium` adds them): what `tellOpenPages` reads when a test fails.
 * Apart from browser.ts so that the setup file of every test loads no browser code.
 */
export const launchedBrowsers = new Set<Browser>();

/**
 * What each open page showed when a test failed: its address, its text and a screenshot in
 * test-results/screenshots. A locator that timed out says only what it waited for; this says what was there
 * instead (a sign-in form, an error).
 */
export const tellOpenPages = async (testName: string) => {
  const pages = [...launchedBrowsers].flatMap((browser) =>
    browser.contexts().flatMap((context) => context.pages()),
  );
  const directory = resolve(import.meta.dirname, '../../test-results/screenshots');
  for (const [index, page] of pages.entries()) {
    const text = await page
      .locator('body')
      // biome-ignore lint/performance/useDomNodeTextContent: what the page showed, as laid out, is the point
      .innerText({ timeout: 5_000 })
      .catch((error: unknown) => `(unreadable: ${error})`);
    const name = `failed-${testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}-${index + 1}.png`;
    mkdirSync(directory, { recursive: true });
    await page.screenshot({ path: resolve(directory, name), timeout: 10_000 }).catch(() => undefined);
    console.error(`Page ${index + 1} of ${pages.length}, at ${page.url()}, showed:\n${text.slice(0, 3_000)}`);
  }
};

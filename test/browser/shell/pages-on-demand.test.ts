import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

/** A common phone of 2026, as the issue measured it. */
const phone = { width: 390, height: 844 };

/** The chunk of a module's pages, by its name in the build (`assets/<m>-pages-<hash>.js`). */
const pagesChunk = (module: string) => new RegExp(`/assets/${module}-pages-[A-Z0-9]+\\.js$`);

describe('the portal loads each module’s pages when one of them opens', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  }, 600_000);

  afterAll(() => portal?.stop());

  it('loads the home with its own pages only, and says so and retries when a page’s code cannot be downloaded', async () => {
    // No worker: what the network answers is what this test decides.
    const context = await browser.newContext({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/assets/') && pathname.endsWith('.js')) scripts.push(pathname);
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(origin);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor({ timeout: 30_000 });
    const pageChunks = scripts.filter((path) => /-pages-/.test(path));
    expect(pageChunks).toEqual([expect.stringMatching(pagesChunk('home'))]);

    // The network drops as the student opens their messages: a French sentence and a way to try again.
    await context.route(pagesChunk('messaging'), (route) => route.abort('internetdisconnected'));
    await openMenuLink(page, 'Messagerie');
    const failure = page.getByRole('alert');
    await failure.getByText(/^Cette page n’a pas pu être téléchargée/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('page-code-lost-phone'), fullPage: true });
    await expectAccessible(page);

    // Back on the network, « Réessayer » loads the page again, its code with it.
    await context.unroute(pagesChunk('messaging'));
    await failure.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Messagerie' }).waitFor({ timeout: 30_000 });
    expect(await failure.count()).toBe(0);
    expect(scripts.filter((path) => pagesChunk('messaging').test(path)).length).toBeGreaterThanOrEqual(2);

    // Home, then messages and home again: each module's code is fetched once in the page's life. The page was loaded
    // again at the messages' address, which preloads no home code: the home's comes when first opened.
    const fetched = scripts.length;
    await openMenuLink(page, 'Accueil');
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor({ timeout: 30_000 });
    expect(scripts.slice(fetched).filter((path) => /-pages-/.test(path))).toEqual([
      expect.stringMatching(pagesChunk('home')),
    ]);
    const fetchedWithHome = scripts.length;
    await openMenuLink(page, 'Messagerie');
    await page.getByRole('heading', { level: 2, name: 'Messagerie' }).waitFor({ timeout: 30_000 });
    await openMenuLink(page, 'Accueil');
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor({ timeout: 30_000 });
    expect(scripts.slice(fetchedWithHome)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the English words only when English is chosen, not for a browser in English at a French school', async () => {
    const context = await browser.newContext({ viewport: phone, locale: 'en-US', serviceWorkers: 'block' });
    const page = await context.newPage();
    const words: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/^\/assets\/words-/.test(pathname)) words.push(pathname);
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    // The demo school speaks French, which wins over the browser's English: no English words are fetched.
    await page.goto(origin);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor({ timeout: 30_000 });
    expect(words).toEqual([]);

    // Chosen, English comes in its chunk; the page speaks it once it has arrived, and French again when asked.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor({ timeout: 30_000 });
    expect(words).toEqual([expect.stringMatching(/^\/assets\/words-en-[A-Z0-9]+\.js$/)]);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor({ timeout: 30_000 });
    expect(words).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

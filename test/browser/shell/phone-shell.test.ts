import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

/** A common phone of 2026, as the issue measured it. */
const phone = { width: 390, height: 844 };

const headerHeight = async (page: Page) => (await page.getByRole('banner').boundingBox())?.height ?? Infinity;

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());

describe('the shell on a phone: one compact bar, the menu in a drawer', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  }, 600_000);

  afterAll(() => portal?.stop());

  it('keeps the header under 64 px on every page, and opens, closes and follows the menu', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'planning.demo');
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    await page.screenshot({ path: screenshotPath('shell-phone-closed') });

    // Opened, the drawer lists the menu and takes the focus to its first link.
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.waitFor();
    const drawer = page.locator(`#${await menu.getAttribute('aria-controls')}`);
    expect(await drawer.getByRole('navigation').count()).toBe(1);
    expect(await focusedText(page)).toBe('Accueil');
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await page.screenshot({ path: screenshotPath('shell-phone-menu') });
    await expectAccessible(page);

    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedText(page)).toBe('Menu');

    // A link followed: the page it opens is not hidden under the menu, and the header stays one bar.
    const pages = {
      Lieux: page.getByRole('heading', { level: 2, name: 'Lieux' }),
      Planning: page.getByText('Planning des lieux'),
      Partage: page.getByRole('heading', { level: 2, name: 'Partage' }),
      Accueil: page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }),
    };
    for (const [link, shown] of Object.entries(pages)) {
      await openMenuLink(page, link);
      await nav.waitFor({ state: 'hidden' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await shown.first().waitFor({ timeout: 30_000 });
      expect(await headerHeight(page), `header on « ${link} »`).toBeLessThanOrEqual(64);
    }
    await expectAccessible(page);
    await page.close();
  }, 300_000);

  it('shows the menu in the header of a wide screen, with no menu button', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'planning.demo');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.waitFor();
    expect(await page.getByRole('button', { name: 'Menu', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    // One row of links, not three.
    const links = await nav
      .getByRole('link')
      .evaluateAll((all) => all.map((link) => link.getBoundingClientRect().top));
    expect(new Set(links).size).toBeLessThanOrEqual(2);
    await openMenuLink(page, 'Lieux');
    await page.getByRole('heading', { level: 2, name: 'Lieux' }).waitFor();
    await page.screenshot({ path: screenshotPath('shell-desktop') });
    await expectAccessible(page);
    await page.close();
  }, 300_000);

  it('is installable: a manifest with its icons, and a service worker that keeps the shell, never the API', async () => {
    const manifestReply = await fetch(`${origin}/manifest.webmanifest`);
    expect(manifestReply.headers.get('content-type')).toBe('application/manifest+json');
    const manifest = await manifestReply.json();
    expect(manifest).toMatchObject({
      name: 'Préau',
      short_name: 'Préau',
      start_url: '/',
      display: 'standalone',
    });
    for (const icon of manifest.icons) {
      const reply = await fetch(new URL(icon.src, origin));
      expect(reply.headers.get('content-type'), icon.src).toBe(icon.type);
    }
    const worker = await fetch(`${origin}/sw.js`);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(worker.headers.get('cache-control')).toBe('no-cache');

    const context = await browser.newContext({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(origin);
    expect(
      await page.evaluate(() => document.querySelector('link[rel=manifest]')?.getAttribute('href')),
    ).toBe('/manifest.webmanifest');
    await signInThroughPortal(page, 'eleve.demo');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}/`);

    // Once the worker runs the page, the shell's files come from its cache, the API from the network.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const fromWorker = new Map<string, boolean>();
    page.on('response', (reply) => fromWorker.set(new URL(reply.url()).pathname, reply.fromServiceWorker()));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor();
    const script = [...fromWorker.keys()].find((path) => path.startsWith('/assets/') && path.endsWith('.js'));
    expect(script && fromWorker.get(script)).toBe(true);
    // The session's renewal, which says who is signed in: the API, from the network.
    expect(fromWorker.get('/api/session/refresh')).toBe(false);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
      return requests.flat().map((request) => new URL(request.url).pathname);
    });
    expect(cached).toContain('/index.html');
    expect(cached.filter((path) => /^\/(api|feeds|s)\//.test(path))).toEqual([]);

    // Offline, the portal still opens: its shell, saying the server cannot be reached.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Réessayer' }).waitFor({ timeout: 30_000 });
    await context.close();
  }, 300_000);
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inlineContentSecurityPolicyOf,
  inlineSourcesOf,
  withInlineContentSecurityPolicy,
} from '#infra/definitions/web-app-headers';
import { desktop } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenu, openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

/**
 * The portal under its Content-Security-Policy, the header the distribution sends (the local server sends the same
 * one) and the <meta> of index.html: a student and a planner sign in and open every page of their menu, and a
 * week's timetable is saved as a PDF; the browser reports no violation of the policy, neither as a
 * `securitypolicyviolation` event nor in the console.
 */

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Collects the page's violations from its first script on, in every document it loads. */
const watchViolations = async (page: Page) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations?.push(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  // What was reported since the last call: each page's own violations, once.
  return async () => [
    ...((await page.evaluate(() => window.cspViolations?.splice(0) ?? [])) as string[]),
    ...consoleErrors.splice(0).filter((text) => /Content Security Policy/i.test(text)),
  ];
};

describe('the portal under its Content-Security-Policy', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let outdir: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ browser, origin, outdir } = portal);
  }, 600_000);

  afterAll(() => portal?.stop());

  it('sends a header that holds for every build, and index.html narrows inline code to its own hashes', async () => {
    const response = await fetch(`${origin}/planning`);
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("script-src 'self' 'unsafe-inline';");
    expect(header).not.toContain('sha256-');
    const html = await response.text();
    expect(html).toBe(await readFile(join(outdir, 'index.html'), 'utf8'));
    const { scripts, styles } = inlineSourcesOf(html);
    // The session's renewal with ICU's warm-up worker, and the preload of a page's chunks.
    expect(scripts).toHaveLength(2);
    expect(styles).toHaveLength(1);
    expect(inlineContentSecurityPolicyOf(html).policy).toBe(
      `script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles[0]}; worker-src 'self' data:`,
    );
    // The API's answers keep their own headers.
    expect((await fetch(`${origin}/api/health`)).headers.get('content-security-policy')).toBeNull();
  });

  it('refuses inline code the page does not list, although the header alone would allow it', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    const violations = await watchViolations(page);
    await page.goto(origin);
    await page.locator('.banner').waitFor();
    expect(await violations()).toEqual([]);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "yes"';
      document.head.append(script);
      return document.body.dataset.injected ?? 'no';
    });
    expect(ran).toBe('no');
    const seen: string[] = [];
    await expect
      .poll(async () => {
        seen.push(...(await violations()));
        return seen.some((violation) => /^script-src(-elem)? refused inline/.test(violation));
      })
      .toBe(true);
    await page.close();
  });

  it('serves the index.html of another build under the same header with no violation: a rollout breaks no portal', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    const violations = await watchViolations(page);
    // A school not yet redeployed: its index.html, with another stylesheet and its own hashes, under today's header.
    await page.route(`${origin}/`, async (route) => {
      const response = await route.fetch();
      const current = await response.text();
      const { index } = inlineContentSecurityPolicyOf(current);
      const withoutMeta = current.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      expect(index).toBeGreaterThan(0);
      const older = withInlineContentSecurityPolicy(
        withoutMeta.replace('<style>', '<style>:root{--build:older}'),
      );
      const { 'content-encoding': _, 'content-length': __, ...headers } = response.headers();
      await route.fulfill({ response, headers, body: older });
    });
    await page.goto(origin);
    await page.locator('.banner').waitFor();
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build')),
    ).toBe('older');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  for (const username of ['eleve.demo', 'planning.demo']) {
    it(`lets ${username} open every page of their menu with no violation`, { timeout: 300_000 }, async () => {
      const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
      const violations = await watchViolations(page);
      await page.goto(origin);
      await signInThroughPortal(page, username);
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30_000 });
      const menu = await openMenu(page);
      const links = await menu
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor.textContent ?? '').trim()));
      expect(links.length).toBeGreaterThan(2);
      const found: string[] = [];
      for (const name of links) {
        await (await openMenu(page)).getByRole('link', { name, exact: true }).click();
        await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30_000 });
        await expect.poll(() => page.locator('.loading, [aria-busy="true"]').count()).toBe(0);
        found.push(...(await violations()).map((violation) => `${name}: ${violation}`));
      }
      // A new document at a deep link: index.html again, its inline script run on this address.
      await page.reload();
      await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 30_000 });
      found.push(...(await violations()));
      expect(found).toEqual([]);
      await page.close();
    });
  }

  it('saves a week’s timetable as a PDF, through a blob, with no violation', {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR', acceptDownloads: true });
    const violations = await watchViolations(page);
    await page.goto(origin);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByRole('link', { name: 'Voir mon planning' }).click();
    await page.getByText('Planning de la personne').waitFor();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Imprimer / PDF' }).first().click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('lets a teacher share a document, sent straight to the documents bucket, with no violation', {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    const violations = await watchViolations(page);
    await page.goto(origin);
    await signInThroughPortal(page, 'prof.demo');
    await openMenuLink(page, 'Groupes');
    await page.getByRole('link', { name: 'Équipe pédagogique' }).click();
    await page.getByRole('heading', { level: 2, name: 'Équipe pédagogique' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Partager un document').setInputFiles({
      name: 'Compte rendu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Conseil pédagogique du 8 décembre'),
    });
    const shared = page.getByRole('status').getByText('« Compte rendu.txt » est partagé avec le groupe.');
    await shared.or(page.locator('.notice--error')).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.notice--error').allTextContents()).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform } from '#infra/local/platform';
import { loadRegistry } from '#infra/tenants/registry';
import { expectAccessible } from '../../support/axe';
import { desktop, launchChromium, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { buildPortalForTest } from '../../support/portal-build';

describe('the demo school in a browser', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  const urlOf = (schoolId: string) =>
    platform.schools.find(({ school }) => school.id === schoolId)?.url as string;

  beforeAll(async () => {
    const { outdir } = await buildPortalForTest();
    platform = await startPlatform({
      schools: loadRegistry().schools,
      host: '127.0.0.1',
      basePort: 0,
      demoSchoolId: 'demo',
      webDirectory: outdir,
      log: () => undefined,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('opens the demo conservatoire and sees its places, then filters them by kind', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${urlOf('demo')}/lieux`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toContain('Conservatoire de démonstration');
    await signInThroughPortal(page, 'planning.demo');
    await page.getByText('200 lieux').waitFor();
    await page.screenshot({ path: screenshotPath('places-desktop'), fullPage: false });
    await expectAccessible(page);
    // Shown a page at a time: the great hall is found by its name.
    await page.getByLabel('Filtrer par nom').fill('grande salle');
    await expect.poll(() => page.getByText('Grande salle').count()).toBeGreaterThan(0);
    await page.getByLabel('Filtrer par nom').fill('');
    await page.getByText('200 lieux').waitFor();

    await page.getByLabel('Type de lieu').selectOption({ label: 'Studio de danse' });
    await page.getByText('10 lieux').waitFor();
    await expect.poll(() => page.getByText('Studio de danse 7').count()).toBeGreaterThan(0);
    expect(await page.getByText('Grande salle').count()).toBe(0);
    await page.close();
  });

  it('reads well on a phone', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${urlOf('demo')}/lieux`);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByText('200 lieux').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('places-phone') });
    await expectAccessible(page);
    await page.close();
  });

  it('shows a long list a page at a time, narrowed by name as one types', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${urlOf('demo')}/lieux`);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByText('200 lieux').waitFor();
    const rows = page.getByRole('table', { name: 'Lieux' }).locator('tbody tr');
    expect(await rows.count()).toBe(25);
    await page.getByText('25 sur 200').waitFor();
    // A page of places stays a few screens long, not 12,400 px.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);

    await page.getByRole('button', { name: 'Afficher 25 de plus' }).click();
    await page.getByText('50 sur 200').waitFor();
    expect(await rows.count()).toBe(50);

    // Case and accents do not matter; the count says how many match.
    await page.getByLabel('Filtrer par nom').fill('studio DANSE 7');
    await page.getByText('1 lieu', { exact: true }).waitFor();
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('Studio de danse 7')]);
    expect(await page.getByRole('button', { name: /^Afficher/ }).count()).toBe(0);
    await page.getByLabel('Filtrer par nom').fill('pas un lieu');
    await page.getByText('0 lieu', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('places-phone-filtered') });
    await expectAccessible(page);
    await page.close();
  });

  it('shows another school its own name and none of the demo places', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${urlOf('college-demo')}/lieux`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toContain('Collège de démonstration');
    await signInThroughPortal(page, 'planning.demo');
    await page.getByText('0 lieu').waitFor();
    expect(await page.getByText('Grande salle').count()).toBe(0);
    await page.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

/** An administrator reads « Journal »: the sign-ins of the day, a refused one found by its filter, the CSV. */
describe('« Journal » in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest({ ...demoSchool, id: 'audit-portal' }, { demo: false });
    ({ origin, browser } = portal);
    const refused = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eleve.demo', password: 'pas-le-bon' }),
    });
    expect(refused.status).toBe(401);
  });

  afterAll(() => portal?.stop());

  it('lists the trail, filters it by action and exports it, on a desktop', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR', acceptDownloads: true });
    await page.goto(`${origin}/journal`);
    await signInThroughPortal(page, 'direction.demo');
    await page.getByRole('heading', { level: 2, name: 'Journal' }).waitFor();
    await page.getByRole('table').getByText('Connexion', { exact: true }).first().waitFor();
    await expectAccessible(page);

    await page.getByLabel('Action').selectOption({ label: 'Connexion refusée' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByText('1 entrée affichée').waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBe('session.sign-in-failed');
    await page.screenshot({ path: screenshotPath('audit-desktop') });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en CSV (Excel)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^journal-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.close();
  });

  it('reads well on a phone, and sets the retention', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/journal`);
    await signInThroughPortal(page, 'direction.demo');
    await page.getByRole('table').getByText('Connexion', { exact: true }).first().waitFor();
    await expectNoSidewaysScroll(page);
    await page.getByLabel('Garder les entrées (jours)').fill('180');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Les nouvelles entrées seront gardées 180 jours.').waitFor();
    await page.screenshot({ path: screenshotPath('audit-phone') });
    await expectAccessible(page);
    await page.close();
  });

  it('is not offered to a teacher', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${origin}/journal`);
    await signInThroughPortal(page, 'prof.demo');
    await page.getByText('Le journal est réservé aux administrateurs de l’établissement.').waitFor();
    expect(await page.getByRole('link', { name: 'Journal' }).count()).toBe(0);
    await page.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/**
 * A loan from end to end, in a browser: a pupil on a phone finds a cello in the public catalogue, follows its
 * « Demander ce prêt » to the portal, signs in and asks for it; the staff at a desk see the request on « Prêts »
 * and grant it with that cello; the pupil sees « Accordé » on « Mes prêts ».
 */
describe('asking to borrow a cello, and the staff granting it', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let pupil: Page;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  }, 300_000);

  afterAll(() => portal?.stop());

  it('lets a pupil on a phone ask for a cello from the catalogue', async () => {
    pupil = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await pupil.goto(`${origin}/s/instruments/cordes/`);
    const ask = pupil.locator(
      'a[href*="instrument=inst-violoncelle-1&"], a[href$="instrument=inst-violoncelle-1"]',
    );
    await ask.first().waitFor({ timeout: 30_000 });
    expect(await ask.first().textContent()).toBe('Demander ce prêt');
    await ask.first().click();
    await signInThroughPortal(pupil, 'eleve.demo');
    await pupil
      .getByRole('heading', { level: 2, name: 'Emprunter un instrument' })
      .waitFor({ timeout: 30_000 });
    const what = pupil.getByLabel('Instrument', { exact: true });
    await expect.poll(() => what.inputValue(), { timeout: 30_000 }).toBe('item:inst-violoncelle-1');
    await pupil.getByLabel('Un mot pour l’équipe (facultatif)').fill('Pour l’orchestre des jeunes');
    await expectAccessible(pupil);
    await expectNoSidewaysScroll(pupil);
    await pupil.screenshot({ path: screenshotPath('loan-request-phone'), fullPage: true });
    await pupil.getByRole('button', { name: 'Envoyer la demande' }).click();
    await pupil.getByRole('heading', { level: 2, name: 'Mes prêts' }).waitFor({ timeout: 30_000 });
    const mine = pupil.getByRole('listitem').filter({ hasText: 'Violoncelle 4/4' });
    await expect.poll(() => mine.filter({ hasText: 'Demandé' }).count(), { timeout: 30_000 }).toBe(1);
    await expectAccessible(pupil);
  });

  it('lets the staff grant it on their desk, and the pupil sees it granted', async () => {
    const staff = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await openMenuLink(staff, 'Prêts');
    await staff.getByRole('heading', { level: 2, name: 'Prêts' }).waitFor({ timeout: 30_000 });
    const request = staff.getByRole('listitem').filter({ hasText: 'Pour l’orchestre des jeunes' });
    await request.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => request.getByLabel('Instrument prêté').inputValue(), { timeout: 30_000 })
      .toBe('inst-violoncelle-1');
    await expectAccessible(staff);
    await staff.screenshot({ path: screenshotPath('loans-desk-desktop'), fullPage: true });
    await request.getByRole('button', { name: 'Accorder' }).click();
    await expect.poll(() => request.count(), { timeout: 30_000 }).toBe(0);
    await staff.getByRole('link', { name: 'Accordés' }).click();
    await expect
      .poll(() => staff.getByRole('listitem').filter({ hasText: 'Pour l’orchestre des jeunes' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    await staff.close();

    await pupil.reload();
    const mine = pupil.getByRole('listitem').filter({ hasText: 'Violoncelle 4/4' });
    await expect.poll(() => mine.filter({ hasText: 'Accordé' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => mine.filter({ hasText: /Prêt n° P\d{4}-0001/ }).count()).toBe(1);
    await expectNoSidewaysScroll(pupil);
    await pupil.screenshot({ path: screenshotPath('my-loans-phone'), fullPage: true });
    await pupil.close();
  });
});

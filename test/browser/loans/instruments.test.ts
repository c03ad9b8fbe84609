import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeJpeg } from '#domain/loans/photo-image';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };

/**
 * Instruments on a phone: a family finds a cello « Disponible », with its photo, in the public catalogue, without an account; the
 * staff find it in the inventory and open its sheet, where its QR label leads.
 */
describe('instruments in a browser, at phone size', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  }, 300_000);

  afterAll(() => portal?.stop());

  it('shows anyone the strings’ catalogue, a cello among them « Disponible », readable on a phone', async () => {
    const visitor = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await visitor.goto(`${origin}/s/instruments/`);
    await visitor.getByRole('link', { name: 'Cordes' }).click();
    await visitor
      .getByRole('heading', { level: 1, name: 'Instruments : Cordes' })
      .waitFor({ timeout: 30_000 });
    const cello = visitor
      .getByRole('listitem')
      .filter({ has: visitor.getByRole('heading', { name: 'Violoncelle 4/4' }) });
    await expect.poll(() => cello.count()).toBeGreaterThan(1);
    await expect.poll(() => cello.filter({ hasText: 'Disponible' }).count()).toBeGreaterThan(0);
    await expect.poll(() => visitor.getByText(/En prêt jusqu’au/).count()).toBeGreaterThan(0);
    // Its photo, drawn for the demo: described by its kind, loaded from the site when scrolled to.
    const photo = cello.first().getByRole('img', { name: 'Violoncelle 4/4' });
    await photo.scrollIntoViewIfNeeded();
    await expect
      .poll(() => photo.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0)), {
        timeout: 30_000,
      })
      .toBe(480);
    expect(await photo.getAttribute('loading')).toBe('lazy');
    expect(await visitor.locator('script').count()).toBe(0);
    await expectAccessible(visitor);
    await expectNoSidewaysScroll(visitor);
    await visitor.screenshot({ path: screenshotPath('instruments-catalogue-phone'), fullPage: true });
    await visitor.close();
  });

  it('lets the staff find the cellos in the inventory and open one’s sheet', async () => {
    const staff = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await openMenuLink(staff, 'Instruments');
    await staff.getByRole('heading', { level: 2, name: 'Instruments' }).waitFor({ timeout: 30_000 });
    await staff.getByLabel('Chercher (désignation, marque, n° de série, lieu)').fill('violoncelle 4');
    await staff.getByRole('button', { name: 'Chercher', exact: true }).click();
    await expect
      .poll(() => staff.getByRole('link', { name: 'Violoncelle 4/4' }).count(), { timeout: 30_000 })
      .toBe(4);
    await expectAccessible(staff);
    await expectNoSidewaysScroll(staff);
    await staff.screenshot({ path: screenshotPath('instruments-inventory-phone'), fullPage: true });
    await staff.getByRole('link', { name: 'Violoncelle 4/4' }).first().click();
    await staff.getByRole('heading', { level: 3, name: 'Historique' }).waitFor({ timeout: 30_000 });
    await staff.getByText('Gliga').first().waitFor({ timeout: 30_000 });
    const loaded = (name: string) =>
      staff
        .getByAltText(name, { exact: true })
        .evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0));
    await expect.poll(() => loaded('Violoncelle 4/4, photo 1 sur 1'), { timeout: 30_000 }).toBe(480);
    await expectAccessible(staff);
    await expectNoSidewaysScroll(staff);
    await staff.close();
  }, 120_000);

  it('lets the staff take a photo of an item with the phone, shown on its sheet and enlarged on a tap', async () => {
    const staff = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await staff.goto(`${origin}/instruments/inst-violoncelle-3`);
    await staff.getByRole('heading', { level: 3, name: 'Photos' }).waitFor({ timeout: 60_000 });
    const loaded = (name: string) =>
      staff
        .getByAltText(name, { exact: true })
        .evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0));
    // The file input opens the phone's camera; the photo joins the sheet.
    const input = staff.getByLabel('Ajouter une photo');
    expect(await input.getAttribute('capture')).toBe('environment');
    expect(await input.getAttribute('accept')).toBe('image/jpeg,image/png');
    const taken = encodeJpeg({ width: 64, height: 48, data: new Uint8Array(64 * 48 * 4).fill(128) });
    await input.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(taken) });
    await expect.poll(() => loaded('Violoncelle 4/4, photo 2 sur 2'), { timeout: 30_000 }).toBe(64);
    await staff.getByText('Photo ajoutée', { exact: true }).first().waitFor({ timeout: 30_000 });
    await staff.getByRole('button', { name: 'Agrandir la photo 2' }).click();
    await staff.getByRole('dialog').waitFor({ timeout: 30_000 });
    await staff.screenshot({ path: screenshotPath('instruments-item-photos-phone'), fullPage: true });
    await staff.getByRole('button', { name: 'Fermer' }).click();
    await staff.close();
  }, 120_000);
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const phone = { width: 390, height: 844 };

/**
 * The school's rules of lending, in a browser: staff on a phone open « Règles de prêt » on their desk, lend the
 * strings to teachers only, save, and find the rule kept when they come back.
 */
describe('the staff setting the school’s rules of lending', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  }, 300_000);

  afterAll(() => portal?.stop());

  it('lets staff on a phone lend the strings to teachers only, and keeps it', async () => {
    const staff = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await openMenuLink(staff, 'Prêts');
    await staff.getByRole('heading', { level: 3, name: 'Règles de prêt' }).waitFor({ timeout: 30_000 });
    const strings = staff.getByRole('group', { name: 'Cordes' });
    const pupils = strings.getByLabel('Élèves', { exact: true });
    await expect.poll(() => pupils.isChecked(), { timeout: 30_000 }).toBe(true);
    await pupils.uncheck();
    await strings.getByLabel('Loyer (€)').fill('45,50');
    await staff.getByRole('button', { name: 'Enregistrer' }).click();
    await staff.getByRole('status').filter({ hasText: 'Règles enregistrées.' }).waitFor({ timeout: 30_000 });
    await staff.getByText('Version 1 des règles').waitFor({ timeout: 30_000 });
    await expectAccessible(staff);
    await expectNoSidewaysScroll(staff);
    await staff.screenshot({ path: screenshotPath('loan-rules-phone'), fullPage: true });

    await staff.reload();
    await staff.getByText('Version 1 des règles').waitFor({ timeout: 30_000 });
    const again = staff.getByRole('group', { name: 'Cordes' });
    expect(await again.getByLabel('Élèves', { exact: true }).isChecked()).toBe(false);
    expect(await again.getByLabel('Enseignants', { exact: true }).isChecked()).toBe(true);
    expect(await again.getByLabel('Loyer (€)').inputValue()).toBe('45,5');
    await staff.close();
  });
});

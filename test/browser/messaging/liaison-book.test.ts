import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenu, openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** The demo note of the school's team to the class of parent.demo's child (infra/local/seed/messaging). */
const outing = 'Sortie à l’auditorium jeudi';

describe('the liaison book in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let parentName: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const parent = await fetchAs(origin, 'parent.demo');
    const me = await (await parent('/api/me')).json();
    parentName = `${me.firstName} ${me.lastName}`;
    // Building the portal and seeding the demo school take minutes on a busy two-core machine.
  }, 400_000);

  afterAll(() => portal?.stop());

  it('a guardian signs a note on a phone, and its author sees who has not signed and reminds them', async () => {
    // The guardian, on a phone, from the menu.
    const guardian = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await guardian.goto(origin);
    await signInThroughPortal(guardian, 'parent.demo');
    // The menu says how many notes are left to sign, beside its link.
    const menu = await openMenu(guardian);
    await menu.getByText('1 à signer').waitFor({ timeout: 30_000 });
    await menu.getByRole('link', { name: 'Carnet de liaison', exact: true }).click();
    await guardian.getByRole('heading', { level: 2, name: 'Carnet de liaison' }).waitFor({ timeout: 30_000 });
    const card = guardian
      .getByRole('listitem')
      .filter({ has: guardian.getByRole('heading', { name: outing }) });
    await card.waitFor({ timeout: 30_000 });
    await guardian.getByText('1 mot à signer.').waitFor();
    await guardian.getByText(/passez par la messagerie/).waitFor();
    await expectAccessible(guardian);
    await expectNoSidewaysScroll(guardian);
    await guardian.screenshot({ path: screenshotPath('liaison-to-sign-phone'), fullPage: true });

    await card.getByRole('button', { name: 'Vu et signé' }).click();
    await card.getByText(/^Vu et signé le /).waitFor({ timeout: 30_000 });
    await guardian.getByText('Rien à signer.').waitFor();
    expect(await card.getByRole('button', { name: 'Vu et signé' }).count()).toBe(0);
    await guardian.screenshot({ path: screenshotPath('liaison-signed-phone'), fullPage: true });
    await guardian.close();

    // Its author, the school's team, on a desktop: the note, who signed, who has not.
    const staff = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await openMenuLink(staff, 'Carnet de liaison');
    await staff.getByRole('link', { name: outing }).click();
    await staff.getByRole('heading', { level: 2, name: outing }).waitFor({ timeout: 30_000 });
    await staff.getByText(/^1 signature sur \d+$/).waitFor();
    const signed = staff.getByRole('list', { name: 'Ont signé' });
    await signed.getByText(parentName).waitFor();
    const unsigned = staff.getByRole('list', { name: 'N’ont pas encore signé' });
    expect(await unsigned.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await unsigned.getByText(parentName, { exact: true }).count()).toBe(0);
    await expectAccessible(staff);
    await staff.screenshot({ path: screenshotPath('liaison-follow-desktop'), fullPage: true });

    // One reminder today, then the page says it was reminded.
    await staff.getByRole('button', { name: 'Relancer' }).click();
    await staff.getByText(/responsables? relancés?\.$/).waitFor({ timeout: 30_000 });
    await staff.getByText('Relancé aujourd’hui : une relance par jour au plus.').waitFor({ timeout: 30_000 });
    expect(await staff.getByRole('button', { name: 'Relancer' }).count()).toBe(0);
    await staff.close();
  });

  it('a teacher writes a note to a class they teach on a phone, and finds it among the notes they wrote', async () => {
    const teacher = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await teacher.goto(origin);
    await signInThroughPortal(teacher, 'prof.demo');
    await openMenuLink(teacher, 'Carnet de liaison');
    // prof.demo is also a parent: they choose the notes they wrote.
    await teacher.getByRole('radio', { name: 'Mots écrits' }).check();
    await teacher.getByRole('heading', { name: 'Écrire un mot aux familles' }).waitFor({ timeout: 30_000 });
    const classes = teacher.getByLabel('Classe', { exact: true });
    await expect.poll(async () => classes.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    await classes.selectOption({ index: 1 });
    await teacher.getByLabel('Type de mot').selectOption('reunion');
    await teacher.getByLabel('Titre', { exact: true }).fill('Réunion parents-professeurs');
    await teacher.getByLabel(/^Texte/).fill('Mardi 15 décembre à 18 h, salle 12. https://example.fr/reunion');
    await teacher.getByRole('button', { name: 'Envoyer le mot' }).click();
    await teacher.getByText(/^Mot envoyé aux? /).waitFor({ timeout: 30_000 });
    await teacher.getByRole('link', { name: 'Réunion parents-professeurs' }).waitFor({ timeout: 30_000 });
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('liaison-write-phone'), fullPage: true });
    await teacher.close();
  });
});

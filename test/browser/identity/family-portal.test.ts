import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { loadRegistry } from '#infra/tenants/registry';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { csvRows } from '../../support/csv';
import { openMenu } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const school = loadRegistry().schools[0] as NonNullable<ReturnType<typeof loadRegistry>['schools'][number]>;
const directory = demoDirectory(school);
const guardian = directory.accounts.find(({ profile }) => profile === 'guardian');
const nameOf = (personId: string) => {
  const person = directory.people.find((candidate) => candidate.personId === personId);
  return `${person?.firstName} ${person?.lastName}`;
};
const ownChildren = directory.guardianships
  .filter(([guardianId]) => guardianId === guardian?.personId)
  .map(([, childId]) => childId);
const someoneElsesChild = directory.people.find(
  (person) => person.profiles.includes('student') && !ownChildren.includes(person.personId),
)?.personId as string;

describe('the portal, from the activation letter to a family’s own view', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(school, { demo: false });
    ({ origin, browser } = portal);
  });

  afterAll(() => portal?.stop());

  it('signs in and sees their own children, and only them', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    const refreshes: number[] = [];
    const consoleErrors: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/session/refresh') refreshes.push(response.status());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(origin);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    // Nobody has signed in with this browser: the sign-in page sends no refresh bound to fail, and logs no error.
    expect(refreshes).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await signInThroughPortal(page, 'parent.demo');
    const children = page.getByRole('list', { name: 'Mes enfants' });
    await children.waitFor();
    // Each child's name leads to their sheet; the link beside it, to their week.
    const names = (await children.getByRole('link').allTextContents()).filter(
      (text) => !text.startsWith('Planning'),
    );
    expect(names.sort()).toEqual(ownChildren.map(nameOf).sort());
    expect(ownChildren.length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: screenshotPath('guardian-home') });
    await expectAccessible(page);

    await children.getByRole('link', { name: nameOf(ownChildren[0] as string) }).click();
    await page.getByRole('heading', { name: nameOf(ownChildren[0] as string) }).waitFor();
    await expectAccessible(page);

    // Once signed in, a reload renews the session from its cookie, the one refresh of the visit.
    await page.reload();
    await page.getByRole('heading', { name: nameOf(ownChildren[0] as string) }).waitFor();
    expect(refreshes).toEqual([200]);
    await page.close();
  });

  it("cannot open another child's sheet, even by typing its address", async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${origin}/personnes/${someoneElsesChild}`);
    await signInThroughPortal(page, 'parent.demo');
    await page.getByText(/introuvable/i).waitFor();
    expect(await page.getByText(nameOf(someoneElsesChild)).count()).toBe(0);
    await page.close();
  });

  it('lets the administration issue letters to a class, and a parent activate an account with one', async () => {
    const admin = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await admin.goto(`${origin}/activation-codes`);
    await signInThroughPortal(admin, 'direction.demo');
    const schoolClass = directory.classes[2] as (typeof directory.classes)[number];
    await admin.getByLabel('Une classe').check();
    await admin.getByLabel('Classe', { exact: true }).selectOption({ label: schoolClass.label });
    await admin.getByRole('button', { name: 'Générer les codes' }).click();
    const csvLink = admin.getByRole('link', { name: 'Télécharger la liste (CSV)' });
    await csvLink.waitFor();
    await admin.screenshot({ path: screenshotPath('activation-codes') });
    await expectAccessible(admin);
    const rows = csvRows(await (await fetch(String(await csvLink.getAttribute('href')))).text());
    const [header, ...accounts] = rows as [string[], ...string[][]];
    const parent = accounts.find((row) => row[header.indexOf('Profil')] === 'responsable légal') as string[];
    const code = parent[header.indexOf("Code d'activation")];
    const username = parent[header.indexOf('Identifiant')] as string;
    await admin.close();

    const family = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await family.goto(`${origin}/activation?code=${code}`);
    await family.getByLabel('Nouveau mot de passe').waitFor();
    await expectAccessible(family);
    await family.getByLabel('Nouveau mot de passe').fill('Rentrée-2026-ok!');
    await family.getByLabel('Confirmer le mot de passe').fill('Rentrée-2026-ok!');
    await family.getByRole('button', { name: 'Activer mon compte' }).click();
    await family.getByText(`Votre compte ${username} est prêt.`).waitFor();
    await family.goto(`${origin}/connexion`);
    await signInThroughPortal(family, username, 'Rentrée-2026-ok!');
    const children = family.getByRole('list', { name: 'Mes enfants' });
    await children.waitFor();
    expect(await children.getByText(schoolClass.label).count()).toBeGreaterThan(0);
    await family.close();
  });

  it('says in French when to try again once a username has had too many wrong passwords', async () => {
    const username = 'parent.oublieux';
    for (let attempt = 0; attempt < 10; attempt++) {
      await fetch(`${origin}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'Pas-le-bon-2026!' }),
      });
    }
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/connexion`);
    await page.getByLabel('Identifiant').fill(username);
    await page.getByLabel('Mot de passe').fill('Pas-le-bon-2026!');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText(/^Trop de tentatives\. Par sécurité, réessayez dans 1[45] min\.$/).waitFor();
    await page.close();
  });

  it('signs out: the page asks to sign in again, even after a reload', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'parent.demo');
    await page.getByRole('list', { name: 'Mes enfants' }).waitFor();
    await page.screenshot({ path: screenshotPath('guardian-phone') });
    await page.reload();
    await page.getByRole('list', { name: 'Mes enfants' }).waitFor();
    await openMenu(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await expectAccessible(page);
    await page.reload();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await page.getByRole('list', { name: 'Mes enfants' }).count()).toBe(0);
    await page.close();
  });
});

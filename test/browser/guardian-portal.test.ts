import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../infra/build/build-web';
import { startPlatform } from '../../infra/local/platform';
import { demoDirectory } from '../../infra/local/seed/demo-people';
import { loadRegistry } from '../../infra/tenants/registry';
import { desktop, launchChromium, phone, screenshotPath } from '../support/browser';
import { signInThroughPortal } from '../support/browser-sign-in';

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

describe('a guardian in the portal', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const { outdir } = await buildWeb();
    platform = await startPlatform({
      schools: [school],
      host: '127.0.0.1',
      basePort: 0,
      webDirectory: outdir,
      log: () => undefined,
    });
    origin = platform.schools[0]?.url as string;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('signs in and sees their own children, and only them', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'parent.demo');
    const children = page.getByRole('list', { name: 'Mes enfants' });
    await children.waitFor();
    const names = await children.getByRole('link').allTextContents();
    expect(names.sort()).toEqual(ownChildren.map(nameOf).sort());
    expect(ownChildren.length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: screenshotPath('guardian-home') });

    await children.getByRole('link', { name: nameOf(ownChildren[0] as string) }).click();
    await page.getByRole('heading', { name: nameOf(ownChildren[0] as string) }).waitFor();
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

  it('signs out: the page asks to sign in again, even after a reload', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'parent.demo');
    await page.getByRole('list', { name: 'Mes enfants' }).waitFor();
    await page.screenshot({ path: screenshotPath('guardian-phone') });
    await page.reload();
    await page.getByRole('list', { name: 'Mes enfants' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(await page.getByRole('list', { name: 'Mes enfants' }).count()).toBe(0);
    await page.close();
  });
});

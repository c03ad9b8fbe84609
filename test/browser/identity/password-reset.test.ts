import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caughtMails } from '#infra/local/mail-catcher';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { loadRegistry } from '#infra/tenants/registry';
import { expectAccessible } from '../../support/axe';
import { phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const school = loadRegistry().schools[0] as NonNullable<ReturnType<typeof loadRegistry>['schools'][number]>;
const directory = demoDirectory(school);
/** The demo teacher's address in the directory, where the code goes. */
const teacherEmail = directory.people.find(
  ({ personId }) =>
    personId === directory.accounts.find(({ username }) => username === 'prof.demo')?.personId,
)?.email as string;

describe('« Mot de passe oublié ? » in the portal', () => {
  let portal: PortalUnderTest;

  beforeAll(async () => {
    portal = await startPortalUnderTest(school, { demo: false });
  });

  afterAll(() => portal?.stop());

  it('sends a code by e-mail, which sets a new password to sign in with, on a phone', async () => {
    const { browser, origin, mailCatcher } = portal;
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/connexion`);
    await page.getByLabel('Identifiant').fill('prof.demo');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    expect(await page.getByLabel('Identifiant').inputValue()).toBe('prof.demo');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Recevoir un code' }).click();

    await page.getByLabel('Code reçu par e-mail').waitFor({ timeout: 30_000 });
    await page
      .getByText('Si un compte à cet identifiant a une adresse e-mail, un code vient d’y être envoyé.', {
        exact: false,
      })
      .waitFor();
    const mail = (await caughtMails(mailCatcher)).findLast(({ destination }) =>
      destination.to.includes(teacherEmail),
    );
    const code = /\b(\d{6})\b/.exec(mail?.body.text ?? '')?.[1] as string;
    expect(code).toMatch(/^\d{6}$/);
    await expectAccessible(page);

    await page.getByLabel('Code reçu par e-mail').fill(code === '000000' ? '111111' : '000000');
    await page.getByLabel('Nouveau mot de passe').fill('Rentrée-2026-neuf!');
    await page.getByLabel('Confirmer le mot de passe').fill('Rentrée-2026-neuf!');
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await page.getByText('Ce code n’est pas le bon.', { exact: false }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('password-reset-phone') });

    await page.getByLabel('Code reçu par e-mail').fill(code);
    await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
    await page.getByText('Votre mot de passe est changé.', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Se connecter' }).click();
    expect(await page.getByLabel('Identifiant').inputValue()).toBe('prof.demo');
    await signInThroughPortal(page, 'prof.demo', 'Rentrée-2026-neuf!');
    await page.close();
  });
});

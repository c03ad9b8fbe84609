import type { Page } from 'playwright-core';
import { demoPassword } from '#infra/local/seed/people/demo-people';

/** Signs in through the portal's own form, as a person would. */
export const signInThroughPortal = async (page: Page, username: string, password = demoPassword) => {
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // Signed in: the way out is in the header, behind the « Menu » button on a narrow screen.
  await page
    .getByRole('button', { name: 'Se déconnecter' })
    .or(page.getByRole('button', { name: 'Menu', exact: true }))
    .waitFor();
};

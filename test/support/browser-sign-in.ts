import type { Page } from 'playwright-core';
import { demoPassword } from '#infra/local/seed/people/demo-people';

/** Signs in through the portal's own form, as a person would. */
export const signInThroughPortal = async (page: Page, username: string, password = demoPassword) => {
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
};

import type { Page } from 'playwright-core';

/**
 * Opens the menu as a person would: on a narrow screen the menu is behind the « Menu » button, on a wide one it
 * is in the header already. Resolves with the menu once its links can be clicked.
 */
export const openMenu = async (page: Page) => {
  const nav = page.getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ });
  const button = page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true });
  // Either shows once someone is signed in: the menu on a wide screen, its button on a narrow one.
  await nav.or(button).first().waitFor({ timeout: 30_000 });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true')
    await button.click();
  await nav.waitFor({ timeout: 15_000 });
  return nav;
};

/** Follows the link of that name in the menu, opening the drawer first when the screen folds the menu in one. */
export const openMenuLink = async (page: Page, name: string) => {
  const nav = await openMenu(page);
  await nav.getByRole('link', { name, exact: true }).click();
};

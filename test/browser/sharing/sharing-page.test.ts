import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** A week of the demo year when the conservatoire is open: the teacher has lessons. */
const openWeek = '2026-11-24';

/** The dialog is a modal over the page: it must fit the screen, with no sideways scrolling. */
const fitsTheScreen = async (page: Page, dialog: Locator) => {
  const box = await dialog.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  expect(box).not.toBeNull();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? Infinity) <= width).toBe(true);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
};

/** The links shown in a part of the page: the values of its read-only fields. */
const linksIn = (region: Locator) =>
  region.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** The item of a list that shows a given link. */
const itemShowing = async (region: Locator, link: string) => {
  await expect.poll(() => linksIn(region), { timeout: 30_000 }).toContain(link);
  for (const item of await region.getByRole('listitem').all()) {
    if ((await linksIn(item)).includes(link)) return item;
  }
  throw new Error(`No item shows ${link}`);
};

describe('sharing plannings in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  });

  afterAll(() => portal?.stop());

  /** A context that may use the clipboard, as a person's browser lets a page they clicked in. */
  const newContext = async (viewport: typeof desktop, mobile = false): Promise<BrowserContext> => {
    const context = await browser.newContext({
      viewport,
      locale: 'fr-FR',
      ...(mobile && { isMobile: true, hasTouch: true }),
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    return context;
  };

  /** Signs a teacher in and opens their week, then « Ajouter à mon agenda »: the dialog and its link. */
  const addOwnWeek = async (page: Page) => {
    await page.goto(origin);
    await signInThroughPortal(page, 'prof.demo');
    await page.getByRole('link', { name: 'Voir mon planning' }).click();
    await page.getByText('Planning de la personne').waitFor();
    await page.getByLabel('Date', { exact: true }).fill(openWeek);
    await page.getByRole('heading', { level: 3, name: 'mardi 24 novembre' }).waitFor();
    // A teacher shares nobody else's planning: their own week offers their calendar only.
    expect(await page.getByRole('button', { name: 'Partager' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ajouter à mon agenda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter à mon agenda' });
    await dialog.waitFor();
    const link = await dialog.getByLabel('Lien de l’agenda').inputValue();
    return { dialog, link };
  };

  it('gives a teacher a calendar link of their week, which works until they revoke it', async () => {
    const context = await newContext(desktop);
    const page = await context.newPage();
    const { dialog, link } = await addOwnWeek(page);

    // The https link to paste, its webcal:// form for the calendar app, how to subscribe, and how to revoke.
    expect(link).toMatch(new RegExp(`^${origin}/feeds/`));
    const webcal = await dialog
      .getByRole('link', { name: 'Ouvrir dans l’application Calendrier' })
      .getAttribute('href');
    expect(webcal).toBe(link.replace(/^http:/, 'webcal:'));
    const text = await dialog.textContent();
    for (const words of ['Google Agenda', 'À partir de l’URL', 'Outlook', 'Apple Calendrier', 'personnel']) {
      expect(text).toContain(words);
    }
    await dialog.getByRole('link', { name: 'Mes agendas partagés' }).waitFor();

    // « Copier » puts the very link in the clipboard.
    await dialog.getByRole('button', { name: 'Copier' }).click();
    await dialog.getByText('Lien copié.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await fitsTheScreen(page, dialog);
    await page.screenshot({ path: screenshotPath('sharing-feed-dialog-desktop') });
    await expectAccessible(page, 'dialog[open]');

    // A calendar app polling the link gets the week as iCalendar, lessons in it.
    const feed = await fetch(link);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');

    // On a phone, the same button gives the same personal link, and the dialog fits the screen.
    const phoneContext = await newContext(phone, true);
    const onPhone = await phoneContext.newPage();
    const again = await addOwnWeek(onPhone);
    expect(again.link).toBe(link);
    await fitsTheScreen(onPhone, again.dialog);
    await onPhone.screenshot({ path: screenshotPath('sharing-feed-dialog-phone') });
    await phoneContext.close();

    // Revoked from « Partage », after a confirmation, the link answers 403.
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await openMenuLink(page, 'Partage');
    const mine = page.getByRole('region', { name: 'Mes agendas partagés' });
    const item = await itemShowing(mine, link);
    await item.getByRole('button', { name: 'Révoquer' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Révoquer ce lien ?' });
    await confirm.waitFor();
    await expectAccessible(page, '[role=alertdialog]');
    await confirm.getByRole('button', { name: 'Révoquer', exact: true }).click();
    await page.getByText(/^Lien révoqué : /).waitFor();
    await mine.getByText('Révoqué', { exact: true }).waitFor();
    expect(await linksIn(mine)).not.toContain(link);
    expect((await fetch(link)).status).toBe(403);
    await page.screenshot({ path: screenshotPath('sharing-page-teacher'), fullPage: true });
    await expectAccessible(page);
    await context.close();
  }, 120_000);

  it('lets a planner share a place’s week and compose a mini-site of the opera and the daily bulletin', async () => {
    const context = await newContext(desktop);
    const page = await context.newPage();
    await page.goto(`${origin}/planning?date=${openWeek}`);
    await signInThroughPortal(page, 'planning.demo');

    // A place's week: « Partager » makes a feed of it, with the same dialog.
    await page.locator('.places-day__place a').first().click();
    await page.getByText('Planning du lieu').waitFor();
    await page.getByRole('button', { name: 'Partager' }).click();
    const dialog = page.getByRole('dialog', { name: 'Partager ce planning' });
    const placeLink = await dialog.getByLabel('Lien de l’agenda').inputValue();
    expect((await fetch(placeLink)).status).toBe(200);
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    // On « Partage »: that feed among the school's, then a new mini-site.
    await page.goto(`${origin}/partage`);
    const all = page.getByRole('region', { name: 'Tous les agendas partagés de l’établissement' });
    await itemShowing(all, placeLink);
    const form = page.getByRole('region', { name: 'Nouveau mini-site' });
    await form.getByLabel('Nom du site').fill('Les Noces — pour les familles');
    await form.getByLabel('La fiche d’un projet').check();
    await form.getByLabel('Projet', { exact: true }).selectOption({ label: 'Les Noces de Figaro' });
    // Members stay hidden unless asked, and the form says what showing them means.
    expect(await form.getByLabel('Montrer les membres').isChecked()).toBe(false);
    await form.getByText('Seuls leurs noms et leurs rôles sont affichés').waitFor();
    await form.getByRole('button', { name: 'Ajouter l’onglet' }).click();
    await form.getByLabel('Le bulletin du jour : qui est où').check();
    await form.getByRole('button', { name: 'Ajouter l’onglet' }).click();
    const tabs = form.getByRole('region', { name: 'Onglets du site' }).getByRole('listitem');
    expect(await tabs.allTextContents()).toEqual([
      expect.stringContaining('Fiche du projet Les Noces de Figaro'),
      expect.stringContaining('Bulletin du jour'),
    ]);
    await page.screenshot({ path: screenshotPath('sharing-mini-site-form'), fullPage: true });
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Publier le mini-site' }).click();
    await form.getByText('Mini-site publié : «\u00a0Les Noces — pour les familles\u00a0».').waitFor();
    const address = await form.getByLabel('Adresse du mini-site').inputValue();
    expect(address).toMatch(new RegExp(`^${origin}/s/[\\w-]+/$`));
    const sites = page.getByRole('region', { name: 'Mini-sites' });
    const siteItem = await itemShowing(sites, address);

    // The address opens for anyone: the opera's sheet, members not named, and the tabs.
    const visitor = await browser.newPage({ viewport: phone, locale: 'fr-FR' });
    const opened = await visitor.goto(address);
    expect(opened?.status()).toBe(200);
    await visitor.getByRole('heading', { name: 'Les Noces de Figaro' }).first().waitFor();
    const nav = visitor.getByRole('navigation', { name: 'Onglets' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Les Noces de Figaro', 'Aujourd’hui']);
    expect(await visitor.getByText('Participants').count()).toBe(0);
    await nav.getByRole('link', { name: 'Aujourd’hui' }).click();
    await visitor.getByRole('heading', { name: 'Aujourd’hui' }).first().waitFor();
    await visitor.screenshot({ path: screenshotPath('sharing-mini-site-phone'), fullPage: true });
    await expectAccessible(visitor);
    await visitor.close();

    // Taken offline, after a confirmation, it leaves the list and its address shows nothing.
    await siteItem.getByRole('button', { name: 'Mettre hors ligne' }).click();
    await page
      .getByRole('alertdialog', { name: 'Mettre ce mini-site hors ligne ?' })
      .getByRole('button', { name: 'Mettre hors ligne', exact: true })
      .click();
    await page.getByText('Mini-site mis hors ligne : «\u00a0Les Noces — pour les familles\u00a0».').waitFor();
    await expect.poll(() => linksIn(sites)).not.toContain(address);
    expect((await fetch(address)).status).toBe(403);
    await context.close();
  }, 120_000);

  it('lets a guardian add their child’s week to their calendar', async () => {
    const guardian = await fetchAs(origin, 'parent.demo');
    const [child] = (await (await guardian('/api/me')).json()).children;
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/planning/semaine/person/${child.personId}?date=${openWeek}`);
    await signInThroughPortal(page, 'parent.demo');
    await page.getByRole('heading', { level: 2, name: `${child.firstName} ${child.lastName}` }).waitFor();
    await page.getByRole('button', { name: 'Ajouter à mon agenda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter à mon agenda' });
    const link = await dialog.getByLabel('Lien de l’agenda').inputValue();
    const feed = await fetch(link);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VEVENT');
    await page.close();
  });

  it('shows a student their own calendars and no mini-site form', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/partage`);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByRole('heading', { level: 2, name: 'Partage' }).waitFor();
    await page.getByRole('heading', { name: 'Mes agendas partagés' }).waitFor();
    await page.getByRole('button', { name: 'Ajouter mon planning à mon agenda' }).waitFor();
    await page.getByText('Vous n’avez encore partagé aucun agenda.').waitFor();
    expect(await page.getByRole('heading', { name: 'Nouveau mini-site' }).count()).toBe(0);
    await expectAccessible(page);
    expect(await page.getByRole('heading', { name: 'Mini-sites' }).count()).toBe(0);
    expect(
      await page.getByRole('heading', { name: 'Tous les agendas partagés de l’établissement' }).count(),
    ).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });
});

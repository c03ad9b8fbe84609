import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { frenchDay, plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { pdfPages } from '../../support/pdf-text';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** A block of the grid, by the title it shows. */
const block = (page: Page, title: string) =>
  page.locator('.block', { has: page.locator('.block__title', { hasText: title }) });

interface FreePlace {
  id: string;
  name: string;
  site: string;
}

describe('the planning pages in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  /** An open day a week or more ahead, and a rehearsal room free from 19:00 to 22:00 that day. */
  let day: string;
  let room: FreePlace;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);

    // The demo year is planned: the test finds a free slot rather than assuming one.
    const planner = await fetchAs(origin, 'planning.demo');
    const getJson = async (path: string) => (await planner(path)).json();
    const today = todayInParis();
    for (let offset = 7; !day && offset < 90; offset += 1) {
      const candidate = plusDays(today, offset);
      if ((await getJson(`/api/planning/day?date=${candidate}&kind=rehearsal-room`)).open) day = candidate;
    }
    const free = await getJson(
      `/api/planning/free-places?date=${day}&start=19:00&end=22:00&kind=rehearsal-room`,
    );
    room = free.items[0];
    expect(room).toBeDefined();
    // Seeding the demo year and building the portal take minutes on a busy 2-core machine.
  }, 300_000);

  afterAll(() => portal?.stop());

  it('lets a planner find a room on the day view, plan in it, see a conflict explained and save over it', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${origin}/projets`);
    await signInThroughPortal(page, 'planning.demo');

    // A project to plan for, created on the projects page.
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Projet interne' });
    await page.getByLabel('Nom', { exact: true }).fill('Atelier du test de planning');
    await page.getByRole('button', { name: 'Créer le projet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Atelier du test de planning' }).waitFor();

    // The day view of the places, narrowed to the rehearsal rooms of a site, on the chosen day.
    await openMenuLink(page, 'Planning');
    await page.getByText('Planning des lieux').waitFor();
    await page.getByLabel('Type de lieu').selectOption({ label: 'Salle de répétition' });
    await page.getByLabel('Site', { exact: true }).selectOption(room.site);
    await page.getByLabel('Date', { exact: true }).fill(day);
    await page.getByRole('heading', { level: 2, name: frenchDay(day) }).waitFor();
    await page.getByText(/^\d+ lieux?$/).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('rehearsal-room');
    expect(new URL(page.url()).searchParams.get('date')).toBe(day);
    await page.screenshot({ path: screenshotPath('planning-day-desktop') });
    await expectAccessible(page);

    // The room's week, from its row.
    await page.getByRole('link', { name: room.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: room.name }).waitFor();
    expect(page.url()).toContain(`/planning/semaine/place/${room.id}?date=${day}`);

    // A one-off activity in the free slot shows on the grid.
    await page.getByRole('button', { name: 'Nouvelle activité' }).click();
    const form = page.getByRole('dialog', { name: 'Nouvelle activité' });
    await fillActivity(form, { title: 'Répétition Alpha', day, start: '19:00', end: '20:00' });
    // The room of the week is already chosen.
    await form.getByRole('button', { name: `Retirer ${room.name}` }).waitFor();
    await expectAccessible(page, 'dialog[open]');
    await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('Activité enregistrée : Répétition Alpha (1 séance).').waitFor();
    await block(page, 'Répétition Alpha').waitFor();
    expect(await block(page, 'Répétition Alpha').textContent()).toContain('19:00 – 20:00');

    // One overlapping it is refused, and the conflict says with what, where and when.
    await page.getByRole('button', { name: 'Nouvelle activité' }).click();
    await fillActivity(form, { title: 'Répétition Bêta', day, start: '19:30', end: '20:30' });
    await form.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const conflict = form.getByRole('alert').filter({ hasText: 'Ce créneau est déjà pris' });
    await conflict.waitFor();
    const explained = await conflict.textContent();
    expect(explained).toContain(`Lieu ${room.name}`);
    expect(explained).toContain('« Répétition Alpha »');
    expect(explained).toContain(`${frenchDay(day)}, 19:00 – 20:00`);
    await conflict.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('planning-conflict') });
    await expectAccessible(page, 'dialog[open]');

    // Saved anyway: both are on the grid, each marked with the other, in words and not by colour alone.
    await conflict.getByRole('button', { name: 'Enregistrer malgré le conflit' }).click();
    await form.waitFor({ state: 'detached' });
    await block(page, 'Répétition Bêta').waitFor();
    await expect
      .poll(() => block(page, 'Répétition Alpha').textContent())
      .toContain('En conflit avec Répétition Bêta');
    expect(await block(page, 'Répétition Bêta').textContent()).toContain('En conflit avec Répétition Alpha');
    await page.getByText('2 activités en conflit : Répétition Alpha, Répétition Bêta.').waitFor();
    for (const title of ['Répétition Alpha', 'Répétition Bêta']) {
      expect(await block(page, title).getAttribute('class')).toContain('block--conflict');
    }
    await block(page, 'Répétition Bêta').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('planning-week-conflicts') });
    await expectAccessible(page);

    // Dragged to another day with the mouse, it opens on the move form, starting there.
    const otherDay = page.locator('.week__day', {
      hasNot: page.getByRole('heading', { name: frenchDay(day) }),
    });
    const from = await block(page, 'Répétition Bêta').boundingBox();
    const to = await otherDay.first().locator('.week__track').boundingBox();
    if (!from || !to) throw new Error('The grid is not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + 8);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, from.y + 8, { steps: 8 });
    await page.mouse.up();
    const panel = page.getByRole('dialog', { name: 'Répétition Bêta' });
    await panel.getByLabel('Nouvelle date').waitFor();
    expect(await panel.getByLabel('Nouvelle date').inputValue()).not.toBe(day);
    await panel.getByRole('button', { name: 'Retour' }).click();

    // Its details; moving it with the form, by keyboard-reachable fields, ends the conflict.
    await panel.getByRole('link', { name: 'Atelier du test de planning' }).waitFor();
    expect(await panel.textContent()).toContain(room.name);
    expect(new URL(page.url()).searchParams.get('activite')).toBeTruthy();
    await expectAccessible(page, 'dialog[open]');
    await panel.getByRole('button', { name: 'Déplacer' }).click();
    await panel.getByLabel('Nouvelle date').fill(day);
    await panel.getByLabel('Début').fill('20:30');
    await panel.getByLabel('Fin').fill('21:30');
    await panel.getByRole('button', { name: 'Déplacer' }).click();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => block(page, 'Répétition Bêta').textContent()).toContain('20:30 – 21:30');
    expect(await page.getByText('En conflit avec').count()).toBe(0);

    // Cancelled, it leaves the grid.
    await block(page, 'Répétition Alpha').click();
    const alpha = page.getByRole('dialog', { name: 'Répétition Alpha' });
    await alpha.getByRole('button', { name: 'Annuler l’activité' }).click();
    await alpha.getByLabel('Motif (facultatif)').fill('Salle prêtée');
    await alpha.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await alpha.waitFor({ state: 'detached' });
    await expect.poll(() => block(page, 'Répétition Alpha').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('shows a student their own week, holidays greyed, and no way to change it', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByRole('link', { name: 'Voir mon planning' }).click();
    await page.getByText('Planning de la personne').waitFor();

    // A week of the demo year: their formation musicale at least.
    await page.getByLabel('Date', { exact: true }).fill('2026-11-24');
    await page.getByRole('heading', { level: 3, name: 'mardi 24 novembre' }).waitFor();
    await expect.poll(() => page.locator('.block').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Nouvelle activité' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('planning-student-week') });
    await expectAccessible(page);

    await page.locator('.block').first().click();
    const panel = page.getByRole('dialog');
    await panel.getByText('Projet', { exact: true }).waitFor();
    expect(await panel.getByRole('button', { name: 'Déplacer' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Annuler l’activité' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Fermer' }).click();
    await panel.waitFor({ state: 'detached' });

    // The Christmas holidays: each day says why it is closed.
    for (let week = 0; week < 4; week += 1)
      await page.getByRole('button', { name: 'Semaine suivante' }).click();
    await page.getByRole('heading', { level: 3, name: 'lundi 21 décembre' }).waitFor();
    await expect.poll(() => page.getByText('Fermé : Vacances de Noël').count()).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it('prints a week: the page alone on an A4 landscape sheet, and « Imprimer / PDF » gives its timetable', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByRole('link', { name: 'Voir mon planning' }).click();
    await page.getByText('Planning de la personne').waitFor();
    await page.getByLabel('Date', { exact: true }).fill('2026-11-24');
    await page.getByRole('heading', { level: 3, name: 'mardi 24 novembre' }).waitFor();
    await expect.poll(() => page.locator('.block').count()).toBeGreaterThan(0);

    // Printed by the browser: one page, the week's days and lessons, no menu or buttons.
    await page.emulateMedia({ media: 'print' });
    const printed = await pdfPages(
      new Uint8Array(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })),
    );
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('lundi 23 novembre');
    expect(printed[0]).toContain('samedi 28 novembre');
    expect(printed[0]).not.toContain('Semaine suivante');
    expect(printed[0]).not.toContain('Imprimer / PDF');

    // The timetable the school prints, downloaded.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Imprimer / PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-2026-11-23\.pdf$/);
    const [sheet] = await pdfPages(new Uint8Array(readFileSync((await download.path()) as string)));
    expect(sheet).toContain('Emploi du temps :');
    expect(sheet).toContain('mardi 24 novembre');

    // The month around it, kept in the address.
    await page.getByRole('link', { name: 'Mois', exact: true }).click();
    await page.getByText('novembre 2026', { exact: true }).waitFor();
    expect(page.url()).toContain('vue=mois');
    await expect.poll(() => page.locator('.month__item').count()).toBeGreaterThan(3);
    await page.screenshot({ path: screenshotPath('planning-month') });
    await expectAccessible(page);
    await page.close();
  }, 120_000);

  it('shows a week on a phone as a list of days, and the day of places as a list of places', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'planning.demo');
    await page.goto(`${origin}/planning/semaine/place/${room.id}?date=${day}`);
    await page.getByText('Planning du lieu').waitFor();
    await page.locator('.day-list').waitFor();
    expect(await page.locator('.week').count()).toBe(0);
    await page.getByRole('heading', { level: 3, name: frenchDay(day) }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('planning-week-phone'), fullPage: true });
    await expectAccessible(page);

    // The day of places, as a list: each lesson whole, however short.
    await page.goto(`${origin}/planning?date=${day}&kind=rehearsal-room`);
    await page.locator('.places-day').waitFor();
    await page.getByLabel('Afficher en liste').check();
    await page.locator('.places-list').waitFor();
    expect(page.url()).toContain('vue=liste');
    await expect.poll(() => page.locator('.places-list .block--listed').count()).toBeGreaterThan(0);
    expect(await page.locator('.places-list .block__time').first().textContent()).toMatch(
      /\d\d:\d\d – \d\d:\d\d/,
    );
    await page.screenshot({ path: screenshotPath('planning-day-list-phone') });
    await expectAccessible(page);
    await page.close();
  }, 120_000);

  it('reads on a phone without the page scrolling sideways', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(`${origin}/planning`);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByText('Planning des lieux').waitFor();
    await page.locator('.places-day').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('planning-day-phone') });
    await expectAccessible(page);
    await page.close();
  });
});

const fillActivity = async (
  form: ReturnType<Page['getByRole']>,
  activity: { title: string; day: string; start: string; end: string },
) => {
  await form
    .getByLabel('Projet', { exact: true })
    .selectOption({ label: 'Atelier du test de planning (Projet interne)' });
  await form.getByLabel('Titre').fill(activity.title);
  await form.getByLabel('Date', { exact: true }).fill(activity.day);
  await form.getByLabel('Début').fill(activity.start);
  await form.getByLabel('Fin').fill(activity.end);
};

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** Today in the school's time zone: the day the home page shows, whatever day the test runs. */
const today = todayInParis();

interface AgendaItem {
  title: string;
  start: string;
  end: string;
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Presses Tab until the focus is on the element with that text, as a keyboard user would reach it. */
const tabTo = async (page: Page, text: string) => {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`« ${text} » cannot be reached with the keyboard`);
};

describe('the home page, shaped by the profile', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  /** What the demo student has today, by time, as their planning gives it. */
  let studentDay: AgendaItem[];
  /** Today's conflicts, as the API gives them to planners once the test made one (when today is open). */
  let conflictTitles: string[];
  let pendingRequests: number;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);

    const student = await fetchAs(origin, 'eleve.demo');
    const { personId } = await (await student('/api/me')).json();
    const agenda = await (await student(`/api/agenda/person/${personId}?from=${today}&to=${today}`)).json();
    studentDay = agenda.days[0].items;

    // Two rehearsals saved over each other in one room tonight: a conflict for the planners' home.
    const planner = await fetchAs(origin, 'planning.demo');
    const send = async (path: string, body: unknown) =>
      planner(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const project = await (
      await send('/api/projects', { kind: 'internal', name: 'Test de l’accueil' })
    ).json();
    const rooms = await (await planner(`/api/planning/day?date=${today}&kind=rehearsal-room`)).json();
    for (const title of ['Répétition de l’accueil A', 'Répétition de l’accueil B']) {
      await send(`/api/projects/${project.id}/activities`, {
        title,
        schedule: { kind: 'once', date: today, start: '21:00', end: '22:00' },
        placeIds: [rooms.places[0].place.id],
        acceptConflicts: true,
      });
    }
    const conflicts = await (await planner(`/api/planning/day-conflicts?date=${today}`)).json();
    conflictTitles = conflicts.items.map(({ title }: AgendaItem) => title);
    if (rooms.open) expect(conflictTitles).toContain('Répétition de l’accueil A');
    const requests = await (await planner('/api/booking-requests?status=pending')).json();
    pendingRequests = requests.items.length;
  });

  afterAll(() => portal?.stop());

  it('shows a student their day first on a phone: hours, courses and rooms, in time order', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'eleve.demo');
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor();
    if (studentDay.length === 0) {
      await page.getByText(/^Rien aujourd’hui/).waitFor();
    } else {
      const day = page.getByRole('list', { name: 'Ma journée' });
      await day.waitFor();
      const lines = await day.getByRole('listitem').allTextContents();
      expect(lines).toHaveLength(studentDay.length);
      studentDay.forEach(({ title, start, end }, index) => {
        expect(lines[index]).toContain(`${start} – ${end}`);
        expect(lines[index]).toContain(title);
      });
    }
    await page.getByText(/demandes? de réservation en attente/).waitFor();
    expect(await page.getByRole('link', { name: 'Mes réservations' }).getAttribute('href')).toBe(
      '/reservations',
    );
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('home-student-phone'), fullPage: true });
    await expectAccessible(page);

    // The week is a few presses of Tab away.
    await tabTo(page, 'Voir mon planning');
    await page.keyboard.press('Enter');
    await page.getByText('Planning de la personne').waitFor();
    await page.close();
  });

  it('shows a planner the day’s conflicts and what waits for an answer', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'planning.demo');
    const conflicts = page.getByRole('region', { name: 'Conflits du jour' });
    const bookings = page.getByRole('region', { name: 'Demandes de réservation' });
    const forms = page.getByRole('region', { name: 'Demandes à traiter' });
    if (conflictTitles.length === 0) {
      await conflicts.getByText('Aucun conflit aujourd’hui.').waitFor();
    } else {
      await conflicts.getByText(`${conflictTitles.length} activités en conflit`).waitFor();
      const listed = await conflicts.getByRole('listitem').allTextContents();
      expect(listed.join('\n')).toContain('Répétition de l’accueil A');
      expect(listed.join('\n')).toContain('En conflit avec Répétition de l’accueil B');
    }
    await bookings
      .getByText(pendingRequests ? /\d+ demandes? en attente/ : 'Aucune demande de réservation en attente.')
      .waitFor();
    expect(await bookings.getByRole('link', { name: 'Répondre aux demandes' }).getAttribute('href')).toBe(
      '/reservations/demandes',
    );
    await forms.getByText(/demandes? envoyées?|Aucune demande à traiter/).waitFor();
    expect(await forms.getByRole('link', { name: 'Traiter les demandes' }).getAttribute('href')).toBe(
      '/formulaires',
    );
    await page.screenshot({ path: screenshotPath('home-planner-desktop'), fullPage: true });
    await expectAccessible(page);

    // From the conflicts, the day's planning.
    await tabTo(page, 'Voir le planning du jour');
    await page.keyboard.press('Enter');
    await page.getByText('Planning des lieux').waitFor();
    expect(new URL(page.url()).searchParams.get('date')).toBe(today);
    await page.close();
  });

  it('switches to English and back, by keyboard, and keeps the choice after a reload', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'planning.demo');
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-FR');

    await tabTo(page, 'English');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    await page.getByRole('region', { name: 'Today’s conflicts' }).waitFor();
    await page.getByRole('button', { name: 'Sign out', includeHidden: true }).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    // The focus stays on the switch, which now offers French, said in French.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Français');
    expect(await page.getByRole('button', { name: 'Français' }).locator('[lang=fr]').count()).toBe(1);
    expect(await page.getByText('Aujourd’hui').count()).toBe(0);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('home-planner-phone-english'), fullPage: true });
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor();
    await page
      .getByRole('button', { name: 'Se déconnecter', includeHidden: true })
      .waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-FR');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Aujourd’hui' }).waitFor();
    await page.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

const searchBox = (page: Page) =>
  page.getByRole('combobox', { name: 'Rechercher une personne, un lieu, un projet' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Résultats de la recherche' });
const waits = { timeout: 30_000 };

/**
 * The search in the header finds, from any page, the people one may search, the places and the projects one may
 * open, grouped by kind; a student finds rooms and their own projects, never a pupil.
 */
describe('the search in the header', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let pupil: { personId: string; name: string };
  let classmate: string;
  let project: { id: string; name: string };

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const directory = demoDirectory(demoSchool);
    const studentId = directory.accounts.find(({ username }) => username === 'eleve.demo')?.personId;
    const students = directory.people.filter(({ profiles }) => profiles.includes('student'));
    const student = students.find(({ personId }) => personId === studentId);
    const other = students.find(({ personId, lastName }) => personId !== studentId && lastName.length > 3);
    if (!student || !other) throw new Error('the demo directory has two students');
    pupil = { personId: student.personId, name: `${student.firstName} ${student.lastName}` };
    classmate = `${other.firstName} ${other.lastName}`;

    // A project the demo student takes part in, and that the search names.
    const planner = await fetchAs(origin, 'planning.demo');
    const created = await planner('/api/projects', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'production',
        name: 'Conte musical du printemps',
        members: [{ personId: student.personId, role: 'chœur' }],
      }),
    });
    expect(created.status).toBe(201);
    project = { id: (await created.json()).id, name: 'Conte musical du printemps' };
    // The demo school's year is planned at start: minutes on a busy machine.
  }, 360_000);

  afterAll(() => portal?.stop());

  it('lets the school’s staff find a pupil and a place from the keyboard', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'vie-scolaire.demo');

    await searchBox(page).fill(pupil.name);
    const pupilOption = results(page)
      .getByRole('group', { name: 'Personnes' })
      .getByRole('option', { name: new RegExp(`^${pupil.name}`) });
    await pupilOption.first().waitFor(waits);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('header-search-staff-desktop') });
    await searchBox(page).press('ArrowDown');
    expect(await pupilOption.first().getAttribute('aria-selected')).toBe('true');
    await searchBox(page).press('Enter');
    await page.waitForURL(`**/personnes/${pupil.personId}`, waits);
    await page.getByRole('heading', { name: pupil.name }).first().waitFor(waits);

    await searchBox(page).fill('studio 101');
    const place = results(page)
      .getByRole('group', { name: 'Lieux' })
      .getByRole('option', { name: /^Studio 101/ });
    await place.waitFor(waits);
    await place.click();
    await page.waitForURL('**/planning/semaine/place/**', waits);
    await page.getByText('Planning du lieu').first().waitFor(waits);
    await page.close();
  }, 180_000);

  it('lets a student on a phone find a room and their project, and no pupil', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    const directoryAsked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/people') directoryAsked.push(request.url());
    });
    await page.goto(origin);
    await signInThroughPortal(page, 'eleve.demo');

    await page.getByRole('button', { name: 'Rechercher une personne, un lieu, un projet' }).click();
    await searchBox(page).fill('studio 101');
    await results(page)
      .getByRole('group', { name: 'Lieux' })
      .getByRole('option', { name: /^Studio 101/ })
      .waitFor(waits);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('header-search-student-phone') });

    await searchBox(page).fill(classmate);
    await page.getByText(`Aucun résultat pour «\u00a0${classmate}\u00a0».`).waitFor(waits);
    expect(await page.getByRole('option').count()).toBe(0);
    await searchBox(page).fill(pupil.name);
    await page.getByText(`Aucun résultat pour «\u00a0${pupil.name}\u00a0».`).waitFor(waits);
    expect(directoryAsked).toEqual([]);

    await searchBox(page).fill('conte printemps');
    const own = results(page)
      .getByRole('group', { name: 'Projets' })
      .getByRole('option', { name: new RegExp(`^${project.name}`) });
    await own.waitFor(waits);
    await searchBox(page).press('ArrowDown');
    await searchBox(page).press('Enter');
    await page.waitForURL(`**/projets/${project.id}`, waits);
    await page.getByRole('heading', { name: project.name }).first().waitFor(waits);
    await page.close();
  }, 180_000);
});

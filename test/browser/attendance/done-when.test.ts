import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { plusDays, timeMarkIn, zoneNearNoon } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenu, openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };
/** Sorts before the demo teacher's own courses of the day (« Cours de piano », « Formation musicale »). */
const courseTitle = 'Analyse musicale';

/** Waits on a state the API reports (the outbox and the bus run in the background), never on a fixed delay. */
const until = async (check: () => Promise<boolean>, what: string) => {
  for (let tries = 0; tries < 240; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`still not so after two minutes: ${what}`);
};

/**
 * Issue 17's « Done when » for the roll call, on a phone: vie scolaire sees the register of the course going on
 * now missing; the teacher takes it in four taps (menu, « Appel », absent on a pupil, save); the pupil's guardian
 * finds the absence naming their child under the bell and justifies it; vie scolaire finds the child flagged for
 * four unjustified half-days this month (three earlier ones seeded through the API).
 *
 * The course « going on now » is planned through the planning's API for real: it started a while ago and ends in
 * an hour. The planning has no rule against the past: it refuses a time off its 5-minute marks (`12:43`, a 400),
 * which is what a start « a minute ago » had met.
 */
describe('the roll call’s done-when, at phone size', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let child: { personId: string; firstName: string; fullName: string };
  let start: string;
  // A school where it is near noon: a course begun two hours ago that ends in an hour fits in its day, whenever the
  // test runs.
  const school = { ...demoSchool, timeZone: zoneNearNoon() };
  const today = todayInZone(new Date(), school.timeZone);

  const phonePage = () =>
    browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });

  beforeAll(async () => {
    portal = await startPortalUnderTest(school, { demo: true });
    ({ origin, browser } = portal);
    const directory = demoDirectory(school);
    const idOf = (username: string) =>
      directory.accounts.find((account) => account.username === username)?.personId as string;
    const childId = directory.guardianships.find(([g]) => g === idOf('parent.demo'))?.[1] as string;
    const person = directory.people.find((each) => each.personId === childId);
    child = {
      personId: childId,
      firstName: person?.firstName as string,
      fullName: `${person?.firstName} ${person?.lastName}`,
    };
    const classId = person?.classId as string;
    const teacherId = idOf('prof.demo');
    const call = async (
      as: Awaited<ReturnType<typeof fetchAs>>,
      method: string,
      path: string,
      body: unknown,
    ) => as(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const planner = await fetchAs(origin, 'planning.demo');
    const project = await (
      await call(planner, 'POST', '/api/projects', {
        kind: 'course',
        name: courseTitle,
        members: [{ personId: teacherId, role: 'professeur' }],
        classIds: [classId],
      })
    ).json();
    const plan = async (date: string, from: string, to: string) =>
      call(planner, 'POST', `/api/projects/${project.id}/activities`, {
        title: courseTitle,
        schedule: { kind: 'once', date, start: from, end: to },
        personIds: [teacherId],
        classIds: [classId],
        acceptConflicts: true,
      });

    // Going on now: started two hours ago (before any course of the demo teacher's that may be going on too, so
    // that it is the one « Appel » opens; more than 15 minutes ago, so that its register is missing), for an hour
    // more.
    const now = Date.now();
    start = timeMarkIn(school.timeZone, now - 120 * 60_000);
    const end = timeMarkIn(school.timeZone, now + 60 * 60_000);
    const current = await plan(today, start, end);
    expect(current.status, await current.clone().text()).toBe(201);

    // Three earlier unjustified half-days this month: three other open days of the month, a morning course each,
    // whose register vie scolaire takes with the child absent.
    const staff = await fetchAs(origin, 'vie-scolaire.demo');
    const month = today.slice(0, 7);
    const days = [
      ...Array.from({ length: 31 }, (_, i) => plusDays(today, -1 - i)),
      ...Array.from({ length: 31 }, (_, i) => plusDays(today, 1 + i)),
    ].filter((day) => day.startsWith(month) && new Date(`${day}T00:00:00Z`).getUTCDay() !== 0);
    let seeded = 0;
    for (const day of days) {
      if (seeded === 3) break;
      const planned = await plan(day, '09:00', '10:00');
      if (planned.status !== 201) continue; // a holiday of the demo calendar
      const { activity } = await planned.json();
      const taken = await call(staff, 'PUT', `/api/attendance/registers/${activity.id}/${day}`, {
        marks: [{ personId: childId, mark: 'absent' }],
      });
      expect(taken.status, await taken.clone().text()).toBe(200);
      seeded += 1;
    }
    expect(seeded).toBe(3);
  }, 300_000);

  afterAll(() => portal?.stop());

  it('vie scolaire sees the register missing, the teacher takes it in under five taps, the guardian justifies, the child is flagged', async () => {
    // Vie scolaire: the course started two hours ago has no register.
    const office = await phonePage();
    await office.goto(origin);
    await signInThroughPortal(office, 'vie-scolaire.demo');
    await openMenuLink(office, 'Vie scolaire');
    const missing = office
      .getByRole('region', { name: 'Appels non faits' })
      .getByRole('listitem')
      .filter({ hasText: courseTitle });
    await missing.waitFor({ timeout: 60_000 });
    await expectAccessible(office);
    await expectNoSidewaysScroll(office);
    await office.screenshot({ path: screenshotPath('done-when-missing-register-phone'), fullPage: true });

    // The teacher, on a phone, counts their taps from the home page.
    const teacher = await phonePage();
    await teacher.goto(origin);
    await signInThroughPortal(teacher, 'prof.demo');
    let taps = 0;
    const tap = async (target: Locator) => {
      await target.tap({ timeout: 60_000 });
      taps += 1;
    };
    await tap(teacher.getByRole('banner').getByRole('button', { name: 'Menu', exact: true }));
    const nav = await openMenu(teacher); // open already: resolves with the drawer, no tap
    await tap(nav.getByRole('link', { name: 'Appel', exact: true }));
    // The course going on now opens at once: no tap to choose it.
    const register = teacher.getByRole('form', { name: new RegExp(`^${courseTitle}`) });
    await register.waitFor({ timeout: 60_000 });
    const absent = register.getByRole('button', { name: `Absent : ${child.fullName}` });
    expect(await absent.getAttribute('aria-pressed')).toBe('false');
    await tap(absent);
    expect(await absent.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('done-when-register-phone'), fullPage: true });
    await tap(register.getByRole('button', { name: 'Enregistrer l’appel' }));
    await teacher.getByRole('status').getByText('Appel enregistré.').waitFor({ timeout: 60_000 });
    expect(taps).toBe(4);
    expect(taps).toBeLessThan(5);
    await teacher.close();

    // The guardian: the bell counts the absence, the notification names their child, and leads to the page where
    // they justify it.
    const guardian = await phonePage();
    await guardian.goto(origin);
    await signInThroughPortal(guardian, 'parent.demo');
    const said = new RegExp(`${child.firstName} est noté·e absent·e au cours du .* à ${start}`);
    const parent = await fetchAs(origin, 'parent.demo');
    await until(async () => {
      const { items } = (await (await parent('/api/notifications')).json()) as {
        items?: { subject?: string; params?: { start?: string } }[];
      };
      return (items ?? []).some(
        (item) => item.subject === 'absence-recorded' && item.params?.start === start,
      );
    }, 'the guardian told of the absence');
    await guardian.reload();
    const bell = guardian.getByRole('banner').getByRole('link', { name: /^Notifications, \d+ non lues?$/ });
    await bell.tap({ timeout: 60_000 });
    await guardian.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor({ timeout: 60_000 });
    const notice = guardian.getByRole('link', { name: said });
    await notice.first().waitFor({ timeout: 60_000 });
    await expectAccessible(guardian);
    await guardian.screenshot({ path: screenshotPath('done-when-guardian-told-phone'), fullPage: true });
    await notice.first().tap();
    const section = guardian.getByRole('region', { name: `Absences de ${child.firstName}` });
    await section.getByText(courseTitle).first().waitFor({ timeout: 60_000 });
    await section.getByText('Justifier ou prévenir d’une absence').tap();
    expect(await section.getByLabel('Du', { exact: true }).inputValue()).toBe(today);
    await section.getByLabel('Motif', { exact: true }).selectOption({ label: 'Rendez-vous médical' });
    await section.getByLabel('Précisions (facultatif)').fill('Rendez-vous chez le pédiatre.');
    await expectNoSidewaysScroll(guardian);
    await guardian.screenshot({ path: screenshotPath('done-when-guardian-justifies-phone'), fullPage: true });
    await section.getByRole('button', { name: 'Envoyer le motif' }).tap();
    await section.getByRole('status').getByText('Merci : la vie scolaire va étudier ce motif.').waitFor({
      timeout: 60_000,
    });
    await section.getByText('Motif en attente').first().waitFor({ timeout: 60_000 });
    await guardian.close();

    // Vie scolaire: the child reached four unjustified half-days this month (a reason sent is not yet accepted).
    const staff = await fetchAs(origin, 'vie-scolaire.demo');
    await until(async () => {
      const { pupils } = (await (await staff('/api/attendance/flagged')).json()) as {
        pupils?: { pupil: { personId: string } }[];
      };
      return (pupils ?? []).some(({ pupil }) => pupil.personId === child.personId);
    }, 'the child flagged');
    await openMenuLink(office, 'Justifications');
    const flagged = office.getByRole('region', { name: 'Élèves signalés ce mois-ci' });
    const line = flagged.getByRole('listitem').filter({ hasText: child.fullName });
    await line.waitFor({ timeout: 60_000 });
    expect(await line.textContent()).toMatch(/[4-9]\d* demi-journées non justifiées|\d{2,} demi-journées/);
    await expectAccessible(office);
    await expectNoSidewaysScroll(office);
    await office.screenshot({ path: screenshotPath('done-when-flagged-phone'), fullPage: true });
    await office.close();
  }, 600_000);
});

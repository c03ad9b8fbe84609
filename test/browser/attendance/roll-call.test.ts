import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { timeMarkIn, zoneNearNoon } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };
const courseTitle = 'Atelier d’improvisation';

/**
 * The roll call on a phone: the teacher opens « Appel » and their course of the day, whose register lists its pupils
 * all present, one tap marks one absent and one late, « Enregistrer l’appel » saves; vie scolaire finds them on the
 * live day.
 */
describe('the roll call in a browser, at phone size', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let absentName: string;
  let lateName: string;
  // A school where it is near noon, so that a course begun now ends within the day, whenever the test runs.
  const school = { ...demoSchool, timeZone: zoneNearNoon() };
  const today = todayInZone(new Date(), school.timeZone);

  beforeAll(async () => {
    portal = await startPortalUnderTest(school, { demo: true });
    ({ origin, browser } = portal);
    const directory = demoDirectory(school);
    const idOf = (username: string) =>
      directory.accounts.find((account) => account.username === username)?.personId as string;
    const pupilClass = directory.people.find((person) => person.personId === idOf('eleve.demo'))
      ?.classId as string;
    const [first, second] = directory.people
      .filter((person) => person.classId === pupilClass && person.profiles.includes('student'))
      .map((person) => `${person.firstName} ${person.lastName}`);
    absentName = first as string;
    lateName = second as string;
    const planner = await fetchAs(origin, 'planning.demo');
    const send = async (path: string, body: unknown) =>
      (
        await planner(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json();
    const teacherId = idOf('prof.demo');
    const project = await send('/api/projects', {
      kind: 'course',
      name: courseTitle,
      members: [{ personId: teacherId, role: 'professeur' }],
      classIds: [pupilClass],
    });
    // Going on now: begun at the last 5-minute mark (the planning takes no other time), for an hour.
    const start = timeMarkIn(school.timeZone, Date.now());
    const end = timeMarkIn(school.timeZone, Date.now() + 60 * 60_000);
    const planned = await send(`/api/projects/${project.id}/activities`, {
      title: courseTitle,
      schedule: { kind: 'once', date: today, start, end },
      personIds: [teacherId],
      classIds: [pupilClass],
      acceptConflicts: true,
    });
    expect(planned.activity?.id, JSON.stringify(planned)).toBeDefined();
  }, 300_000);

  afterAll(() => portal?.stop());

  it('lets a teacher mark one pupil absent and one late and save, and vie scolaire see them', async () => {
    const teacher = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await teacher.goto(origin);
    await signInThroughPortal(teacher, 'prof.demo');
    await openMenuLink(teacher, 'Appel');
    await teacher.getByRole('heading', { level: 2, name: 'Appel' }).waitFor({ timeout: 30_000 });
    // The course going on now opens at once; another course of the demo teacher's may be going on too.
    const register = teacher.getByRole('form', { name: new RegExp(`^${courseTitle}`) });
    if (!(await register.isVisible().catch(() => false))) {
      await teacher
        .getByRole('link', { name: new RegExp(courseTitle) })
        .first()
        .waitFor({ timeout: 30_000 });
      if (!(await register.isVisible()))
        await teacher
          .getByRole('link', { name: new RegExp(courseTitle) })
          .first()
          .click();
    }
    await register.waitFor({ timeout: 30_000 });
    const absent = register.getByRole('button', { name: `Absent : ${absentName}` });
    const late = register.getByRole('button', { name: `En retard : ${lateName}` });
    expect(await absent.getAttribute('aria-pressed')).toBe('false');
    await absent.click();
    await late.click();
    expect(await absent.getAttribute('aria-pressed')).toBe('true');
    expect(await late.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('attendance-register-phone'), fullPage: true });
    await register.getByRole('button', { name: 'Enregistrer l’appel' }).click();
    await teacher.getByRole('status').getByText('Appel enregistré.').waitFor({ timeout: 30_000 });
    await teacher
      .getByText(/^Fait par /)
      .first()
      .waitFor({ timeout: 30_000 });
    await teacher.close();

    const office = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await office.goto(origin);
    await signInThroughPortal(office, 'vie-scolaire.demo');
    await openMenuLink(office, 'Vie scolaire');
    const byCourse = office.getByRole('region', { name: 'Absences par cours' });
    const ours = byCourse.getByRole('listitem').filter({ hasText: courseTitle });
    await ours.waitFor({ timeout: 30_000 });
    await ours.getByText(absentName).waitFor({ timeout: 30_000 });
    await ours.getByText(new RegExp(`${lateName} \\(5 min\\)`)).waitFor({ timeout: 30_000 });
    await expectAccessible(office);
    await expectNoSidewaysScroll(office);
    await office.screenshot({ path: screenshotPath('attendance-day-phone'), fullPage: true });
  });
});

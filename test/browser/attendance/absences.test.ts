import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };
const courseTitle = 'Solfège du matin';

/**
 * Absences on a phone: vie scolaire marks a guardian's child absent from this morning's course; the guardian
 * finds the absence under « Absences » and sends a reason; vie scolaire accepts it under « Justifications »; the
 * guardian's count then says the half-day is justified.
 */
describe('absences in a browser, at phone size', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let childName: string;
  const today = todayInParis();

  const phonePage = () =>
    browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
  const childSection = (page: Page) => page.getByRole('region', { name: `Absences de ${childName}` });

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const directory = demoDirectory(demoSchool);
    const idOf = (username: string) =>
      directory.accounts.find((account) => account.username === username)?.personId as string;
    const guardianId = idOf('parent.demo');
    const childId = directory.guardianships.find(([g]) => g === guardianId)?.[1] as string;
    const child = directory.people.find((person) => person.personId === childId);
    childName = child?.firstName as string;
    const send = async (
      as: Awaited<ReturnType<typeof fetchAs>>,
      method: string,
      path: string,
      body: unknown,
    ) => as(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const planner = await fetchAs(origin, 'planning.demo');
    const teacherId = idOf('prof.demo');
    const project = await (
      await send(planner, 'POST', '/api/projects', {
        kind: 'course',
        name: courseTitle,
        members: [{ personId: teacherId, role: 'professeur' }],
        classIds: [child?.classId],
      })
    ).json();
    const planned = await (
      await send(planner, 'POST', `/api/projects/${project.id}/activities`, {
        title: courseTitle,
        schedule: { kind: 'once', date: today, start: '08:00', end: '09:00' },
        personIds: [teacherId],
        classIds: [child?.classId],
        acceptConflicts: true,
      })
    ).json();
    const activityId = planned.activity?.id as string;
    // Vie scolaire takes the register of this morning's course: the child is absent.
    const staff = await fetchAs(origin, 'vie-scolaire.demo');
    const taken = await send(staff, 'PUT', `/api/attendance/registers/${activityId}/${today}`, {
      marks: [{ personId: childId, mark: 'absent' }],
    });
    expect(taken.status).toBe(200);
  }, 300_000);

  afterAll(() => portal?.stop());

  it('lets a guardian justify an absence, vie scolaire accept it, and the count change', async () => {
    const guardian = await phonePage();
    await guardian.goto(origin);
    await signInThroughPortal(guardian, 'parent.demo');
    await openMenuLink(guardian, 'Absences');
    const section = childSection(guardian);
    await section.getByText(courseTitle).waitFor({ timeout: 30_000 });
    await section.getByText('1 demi-journée d’absence, dont 1 non justifiée').waitFor({ timeout: 30_000 });
    await section.getByText('À justifier').waitFor();

    await section.getByText('Justifier ou prévenir d’une absence').click();
    // The span is this day, morning to afternoon, by default.
    expect(await section.getByLabel('Du', { exact: true }).inputValue()).toBe(today);
    await section.getByLabel('Motif', { exact: true }).selectOption({ label: 'Rendez-vous médical' });
    await section.getByLabel('Précisions (facultatif)').fill('Rendez-vous chez l’orthodontiste.');
    await expectAccessible(guardian);
    await expectNoSidewaysScroll(guardian);
    await guardian.screenshot({ path: screenshotPath('absences-guardian-phone'), fullPage: true });
    await section.getByRole('button', { name: 'Envoyer le motif' }).click();
    await section.getByRole('status').getByText('Merci : la vie scolaire va étudier ce motif.').waitFor({
      timeout: 30_000,
    });
    await section.getByText('Motif en attente').waitFor({ timeout: 30_000 });

    const staff = await phonePage();
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await openMenuLink(staff, 'Justifications');
    const reason = staff.getByRole('listitem').filter({ hasText: 'Rendez-vous chez l’orthodontiste.' });
    await reason.waitFor({ timeout: 30_000 });
    await reason.getByLabel('Réponse à la famille (facultatif)').fill('Merci de nous avoir prévenus.');
    await expectAccessible(staff);
    await expectNoSidewaysScroll(staff);
    await staff.screenshot({ path: screenshotPath('absences-staff-phone'), fullPage: true });
    await reason.getByRole('button', { name: 'Accepter' }).click();
    await reason.getByRole('status').getByText('Motif accepté.').waitFor({ timeout: 30_000 });
    await staff.close();

    await guardian.reload();
    const after = childSection(guardian);
    await after.getByText('1 demi-journée d’absence, toutes justifiées').waitFor({ timeout: 30_000 });
    await after.getByText('Accepté', { exact: true }).waitFor();
    await after.getByText('Réponse : « Merci de nous avoir prévenus. »').waitFor();
    await guardian.close();
  }, 300_000);
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };
const courseTitle = 'Analyse musicale';
const workText = 'Écouter le premier mouvement et noter les thèmes';

/**
 * The homework book on a phone: a teacher opens today's session from the book's page and gives work for
 * tomorrow; the pupil of the class sees it under « Pour demain » and ticks it, and finds it ticked again later.
 */
describe('the homework book in a browser, at phone size', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  const today = todayInParis();
  const tomorrow = plusDays(today, 1);

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const directory = demoDirectory(demoSchool);
    const idOf = (username: string) =>
      directory.accounts.find((account) => account.username === username)?.personId as string;
    const pupilClass = directory.people.find((person) => person.personId === idOf('eleve.demo'))
      ?.classId as string;
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
    // Today, late, so that it is the teacher's session of the day whatever time the test runs.
    const planned = await send(`/api/projects/${project.id}/activities`, {
      title: courseTitle,
      schedule: { kind: 'once', date: today, start: '21:00', end: '21:45' },
      personIds: [teacherId],
      classIds: [pupilClass],
      acceptConflicts: true,
    });
    expect(planned.activity?.id).toBeDefined();
  }, 300_000);

  afterAll(() => portal?.stop());

  it('lets a teacher give work for tomorrow in a few taps, and the pupil see it and tick it', async () => {
    const teacher = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await teacher.goto(origin);
    await signInThroughPortal(teacher, 'prof.demo');
    await openMenuLink(teacher, 'Cahier de textes');
    await teacher.getByRole('heading', { level: 3, name: 'Mes séances' }).waitFor({ timeout: 30_000 });
    await teacher
      .getByRole('link', { name: new RegExp(courseTitle) })
      .first()
      .click();
    await teacher
      .getByRole('heading', { level: 2, name: new RegExp(`^${courseTitle}`) })
      .waitFor({ timeout: 30_000 });

    await teacher
      .getByLabel('Contenu de la séance')
      .fill('La forme sonate : exposition, développement, réexposition.');
    await teacher.getByRole('button', { name: 'Ajouter un travail' }).click();
    await teacher.getByLabel('Travail 1').fill(workText);
    // No later session of this course: the work is due on a date, the day after the session by default.
    expect(await teacher.getByLabel('Pour', { exact: true }).inputValue()).toBe('date');
    expect(await teacher.getByLabel('Date', { exact: true }).inputValue()).toBe(tomorrow);
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('homework-session-phone'), fullPage: true });
    await teacher.getByRole('button', { name: 'Enregistrer' }).click();
    await teacher
      .getByRole('status')
      .getByText('Séance enregistrée (version 1).')
      .waitFor({ timeout: 30_000 });
    await teacher.getByRole('heading', { level: 3, name: 'Historique' }).waitFor({ timeout: 30_000 });
    await teacher.close();

    const pupil = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await pupil.goto(origin);
    await signInThroughPortal(pupil, 'eleve.demo');
    await openMenuLink(pupil, 'Cahier de textes');
    const forTomorrow = pupil.getByRole('listitem').filter({
      has: pupil.getByRole('heading', { level: 3, name: 'Pour demain' }),
    });
    const work = forTomorrow.getByRole('checkbox', { name: workText });
    await work.waitFor({ timeout: 30_000 });
    expect(await work.isChecked()).toBe(false);
    await expectAccessible(pupil);
    await expectNoSidewaysScroll(pupil);
    await work.check();
    await expect.poll(() => work.isChecked()).toBe(true);
    await pupil.screenshot({ path: screenshotPath('homework-pupil-phone'), fullPage: true });

    // The tick is the pupil's, kept: it is still there on their next visit.
    await expect
      .poll(
        async () => {
          await pupil.reload();
          const again = pupil.getByRole('checkbox', { name: workText });
          await again.waitFor({ timeout: 30_000 });
          return again.isChecked();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  });

  it('lets the head of school name a reader of the books, and open a class’s book', async () => {
    const head = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await head.goto(origin);
    await signInThroughPortal(head, 'direction.demo');
    await openMenuLink(head, 'Cahier de textes');
    await head
      .getByRole('heading', { level: 3, name: 'Lecteurs des cahiers (inspection)' })
      .waitFor({ timeout: 30_000 });
    await head.getByText('Personne n’est nommé pour l’instant.').waitFor({ timeout: 30_000 });
    await head.getByLabel('Nommer quelqu’un : son nom').fill('Caron');
    await head.getByRole('button', { name: 'Chercher dans l’annuaire' }).click();
    await head.getByRole('button', { name: 'Nommer Sylvie Caron' }).click();
    await head.getByRole('button', { name: 'Retirer le droit de Sylvie Caron' }).waitFor({ timeout: 30_000 });
    await expectAccessible(head);
    await expectNoSidewaysScroll(head);
    await head.screenshot({ path: screenshotPath('homework-head-phone'), fullPage: true });

    await head.getByRole('list', { name: 'Cahiers des classes' }).getByRole('link').first().click();
    await head.getByRole('heading', { level: 2, name: /^Cahier de textes : / }).waitFor({ timeout: 30_000 });
    await head.getByRole('button', { name: 'Télécharger en PDF' }).waitFor();
    await expectAccessible(head);
  });
});

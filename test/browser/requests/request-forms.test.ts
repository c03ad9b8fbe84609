import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

const formTitle = 'Besoins techniques du récital d’examen';

/** The question a control in focus belongs to. */
const focusedQuestion = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-answer]')?.getAttribute('data-answer'));

describe('request forms in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  /** An exam project prof.demo takes part in. */
  let exam: { id: string; name: string };

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const teacher = await fetchAs(origin, 'prof.demo');
    const getJson = async (path: string) => (await teacher(path)).json();
    const { personId } = await getJson('/api/me');
    const { items } = await getJson('/api/projects?kind=exam');
    for (const { id, name } of items as { id: string; name: string }[]) {
      const sheet = await getJson(`/api/projects/${id}`);
      if (sheet.project.members.some((member: { personId: string }) => member.personId === personId)) {
        exam = { id, name };
      }
    }
    expect(exam).toBeDefined();
  });

  afterAll(() => portal?.stop());

  it('lets a teacher ask the team for an exam, the team take it up, and both talk it over', async () => {
    // The teacher, on a phone, from the exam's sheet.
    const teacher = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await teacher.goto(`${origin}/projets/${exam.id}`);
    await signInThroughPortal(teacher, 'prof.demo');
    await teacher.getByRole('heading', { level: 2, name: exam.name }).waitFor();
    await teacher.getByRole('link', { name: `Faire une demande : ${formTitle}` }).click();
    await teacher.getByRole('heading', { level: 2, name: formTitle }).waitFor();
    expect(await teacher.getByLabel('Projet', { exact: true }).inputValue()).toBe(exam.id);
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('requests-fill-phone'), fullPage: true });

    // Sent empty: every required question is marked at once, and the first one is focused.
    await teacher.getByRole('button', { name: 'Envoyer la demande' }).click();
    await teacher
      .getByRole('alert')
      .getByText('La demande n’est pas partie : vérifiez les 2 réponses signalées.')
      .waitFor();
    for (const question of [/^Mise en place \(obligatoire\)/, /^Enregistrement \(obligatoire\)/]) {
      await teacher
        .getByRole('group', { name: question })
        .getByText('Cette question demande une réponse.')
        .waitFor();
    }
    await expect.poll(() => focusedQuestion(teacher)).toBe('mise-en-place');

    // A required choice left empty: the API refuses it, the page says so at the question and goes there.
    await teacher.getByRole('checkbox', { name: 'Piano à queue' }).check();
    await teacher.getByRole('checkbox', { name: 'Pupitres' }).check();
    await teacher.getByRole('radio', { name: 'Audio', exact: true }).check();
    await teacher.getByRole('checkbox', { name: 'Éclairage de scène' }).check();
    await teacher.getByLabel('Remarques').fill('Le pianiste accompagnateur arrive à 8 h 30.');
    await teacher.getByRole('button', { name: 'Envoyer la demande' }).click();
    const setup = teacher.getByRole('group', { name: /^Mise en place \(obligatoire\)/ });
    await setup.getByText('Cette question demande une réponse.').waitFor();
    await teacher
      .getByRole('alert')
      .getByText('La demande n’est pas partie : vérifiez « Mise en place ».')
      .waitFor();
    await expect.poll(() => focusedQuestion(teacher)).toBe('mise-en-place');
    await expectAccessible(teacher);
    await setup.scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: screenshotPath('requests-fill-error-phone') });

    // Answered, it is sent, and its page says where it stands.
    await setup.getByRole('radio', { name: 'Avec accompagnateur' }).check();
    await teacher.getByRole('button', { name: 'Envoyer la demande' }).click();
    await teacher.waitForURL(/\/demandes\/[^/]+$/);
    const requestPath = new URL(teacher.url()).pathname;
    await teacher.getByRole('heading', { level: 2, name: formTitle }).waitFor();
    await teacher.locator('.request-state', { hasText: 'Envoyée' }).waitFor();
    const answers = await teacher.locator('.request-answers').textContent();
    expect(answers).toContain('Avec accompagnateur');
    expect(answers).toContain('Piano à queue, Pupitres');
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('requests-sent-phone'), fullPage: true });

    // The staff, on a desktop, find it among the requests sent and take it up with a word.
    const staff = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await staff.goto(`${origin}/formulaires`);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await staff.getByRole('heading', { level: 3, name: 'Demandes à traiter' }).waitFor();
    expect(await staff.getByLabel('État', { exact: true }).inputValue()).toBe('submitted');
    const listed = staff
      .getByRole('list', { name: 'Demandes à traiter : Envoyées' })
      .locator(`a[href="${requestPath}"]`);
    await listed.waitFor();
    await expectAccessible(staff);
    await staff.screenshot({ path: screenshotPath('requests-to-handle-desktop'), fullPage: true });
    await listed.click();
    await staff.getByRole('heading', { level: 2, name: formTitle }).waitFor();
    await staff.getByRole('link', { name: exam.name }).waitFor();
    await staff.getByLabel('Nouvel état').selectOption({ label: 'En cours' });
    await staff
      .getByLabel('Commentaire (obligatoire pour refuser)')
      .fill('Piano et pupitres réservés pour le récital.');
    await staff.getByRole('button', { name: 'Changer l’état' }).click();
    await staff.getByText('État changé : En cours.').waitFor();
    await staff.locator('.request-state', { hasText: 'En cours' }).waitFor();
    await staff
      .locator('.request-comment', { hasText: 'Piano et pupitres réservés pour le récital.' })
      .waitFor();
    await expectAccessible(staff);
    await staff.screenshot({ path: screenshotPath('requests-handled-desktop'), fullPage: true });

    // The exam's sheet lists it for the team, in its new state.
    await staff.getByRole('link', { name: exam.name }).click();
    await staff.getByRole('heading', { level: 2, name: exam.name }).waitFor();
    const onSheet = staff.getByRole('list', { name: 'Demandes pour ce projet' }).locator('li', {
      has: staff.locator(`a[href="${requestPath}"]`),
    });
    await onSheet.getByText('En cours').waitFor();
    await expectAccessible(staff);

    // The teacher sees the new state and the comment, and answers.
    await teacher.reload();
    await teacher.locator('.request-state', { hasText: 'En cours' }).waitFor();
    await teacher
      .locator('.request-comment', { hasText: 'Piano et pupitres réservés pour le récital.' })
      .waitFor();
    expect(await teacher.getByRole('button', { name: 'Changer l’état' }).count()).toBe(0);
    await teacher.getByLabel('Votre commentaire').fill('Merci ! Nous serons là à 8 h 30.');
    await teacher.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await teacher.locator('.request-comment', { hasText: 'Merci ! Nous serons là à 8 h 30.' }).waitFor();
    await teacher.getByText('Commentaire envoyé.').waitFor();
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('requests-thread-phone'), fullPage: true });

    // Among their own requests, in words.
    await teacher.goto(`${origin}/formulaires`);
    const mine = teacher.getByRole('list', { name: 'Mes demandes' }).locator('li', {
      has: teacher.locator(`a[href="${requestPath}"]`),
    });
    await mine.getByText('En cours').waitFor();
    expect(await mine.textContent()).toContain('2 commentaires');
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('requests-mine-phone'), fullPage: true });

    // A refusal says why; one made on a request someone changed meanwhile is explained, and the page reloads it.
    await staff.goto(`${origin}${requestPath}`);
    await staff.locator('.request-state', { hasText: 'En cours' }).waitFor();
    const planner = await fetchAs(origin, 'planning.demo');
    const requestId = requestPath.split('/').pop();
    const current = await (await planner(`/api/form-requests/${requestId}`)).json();
    const done = await planner(`/api/form-requests/${requestId}/state`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'done', version: current.version }),
    });
    expect(done.status).toBe(200);
    await staff.getByLabel('Nouvel état').selectOption({ label: 'Refusée' });
    await staff.getByRole('button', { name: 'Changer l’état' }).click();
    await staff.getByRole('alert').getByText('Dites pourquoi la demande est refusée.').waitFor();
    await staff.getByLabel('Commentaire (obligatoire pour refuser)').fill('Le piano est pris ce jour-là.');
    await staff.getByRole('button', { name: 'Changer l’état' }).click();
    await staff.getByText('La demande a changé entre-temps : rechargez').waitFor();
    await expectAccessible(staff);
    await staff.getByRole('button', { name: 'Recharger' }).click();
    await staff.locator('.request-state', { hasText: 'Traitée' }).waitFor();
    await teacher.close();
    await staff.close();
  }, 180_000);

  it('lets a planner define a form, the refused options shown at their question', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${origin}/formulaires`);
    await signInThroughPortal(page, 'planning.demo');
    await page.getByRole('heading', { level: 3, name: 'Formulaires' }).waitFor();
    await page.getByRole('link', { name: `Modifier le formulaire « ${formTitle} »` }).waitFor();
    await page.getByRole('link', { name: 'Nouveau formulaire' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nouveau formulaire' }).waitFor();

    await page.getByLabel('Titre', { exact: true }).fill('Prêt de matériel de scène');
    await page.getByRole('checkbox', { name: 'Production' }).check();
    const first = page.getByRole('group', { name: 'Question 1' });
    await first.getByLabel('Intitulé').fill('Matériel à prêter');
    expect(await first.getByLabel('Identifiant').inputValue()).toBe('materiel-a-preter');
    await first.getByLabel('Type de réponse').selectOption({ label: 'Un choix parmi des options' });
    await first.getByLabel('Réponse obligatoire').check();
    await first.getByLabel('Options (une par ligne)').fill('Pupitres');
    await page.getByRole('button', { name: 'Ajouter une question' }).click();
    const second = page.getByRole('group', { name: 'Question 2' });
    await second.getByLabel('Intitulé').fill('Date de retrait');
    await second.getByLabel('Type de réponse').selectOption({ label: 'Date' });
    await expectAccessible(page);

    // One option is not a choice: the API names the options of the first question.
    await page.getByRole('button', { name: 'Enregistrer le formulaire' }).click();
    await first.getByText(/^À revoir : /).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-place')))
      .toBe('fields.0.options');
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('requests-editor-error-desktop'), fullPage: true });

    // The second question moved first, the options completed: saved, it is among the forms.
    await page.getByRole('button', { name: 'Monter la question 2' }).click();
    expect(await page.getByRole('group', { name: 'Question 1' }).getByLabel('Intitulé').inputValue()).toBe(
      'Date de retrait',
    );
    await page
      .getByRole('group', { name: 'Question 2' })
      .getByLabel('Options (une par ligne)')
      .fill('Pupitres\nPraticables');
    await page.getByRole('button', { name: 'Enregistrer le formulaire' }).click();
    await page.waitForURL(/\/formulaires$/);
    await page.getByRole('link', { name: 'Modifier le formulaire « Prêt de matériel de scène »' }).waitFor();
    await page
      .getByRole('list', { name: 'Faire une demande' })
      .getByRole('link', { name: 'Prêt de matériel de scène' })
      .waitFor();
    await page.close();

    // On a phone, the editor fits the screen.
    const onPhone = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await onPhone.goto(`${origin}/formulaires/nouveau`);
    await signInThroughPortal(onPhone, 'planning.demo');
    await onPhone.getByRole('group', { name: 'Question 1' }).waitFor();
    await expectAccessible(onPhone);
    await expectNoSidewaysScroll(onPhone);
    await onPhone.screenshot({ path: screenshotPath('requests-editor-phone'), fullPage: true });
    await onPhone.close();
  }, 120_000);
});

import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teachingItem } from '#functions/people/adapters/person-item';
import { localResourceNames } from '#infra/definitions/environment';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { fr } from '../../../web/src/messaging/messages';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenu } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

describe('messages in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let child: { personId: string; firstName: string; lastName: string };

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    // Arrange: prof.demo teaches the class of parent.demo's first child, so the teacher may write to its guardians.
    const directory = demoDirectory(demoSchool);
    const personIdOf = (username: string) =>
      directory.accounts.find((account) => account.username === username)?.personId as string;
    const childId = directory.guardianships.find(([guardian]) => guardian === personIdOf('parent.demo'))?.[1];
    const found = directory.people.find(({ personId }) => personId === childId);
    if (!found?.classId) throw new Error('The demo guardian has no child in a class');
    child = found;
    const dynamodb = localDynamoDbClient(portal.endpoints);
    await DynamoDBDocumentClient.from(dynamodb).send(
      new PutCommand({
        TableName: localResourceNames(demoSchool.id).table,
        Item: teachingItem(personIdOf('prof.demo'), found.classId),
      }),
    );
    dynamodb.destroy();
  });

  afterAll(() => portal?.stop());

  it("lets a teacher write to a pupil's guardians on a phone, and a guardian read and answer on a desktop", async () => {
    const childName = `${child.firstName} ${child.lastName}`;
    const subject = 'Cahier de liaison oublié';
    const teacher = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await teacher.goto(`${origin}/messagerie/nouveau`);
    await signInThroughPortal(teacher, 'prof.demo');
    await teacher.getByRole('heading', { level: 2, name: 'Nouveau message' }).waitFor({ timeout: 30_000 });
    await teacher.getByLabel('Chercher une personne par son nom').fill(child.lastName);
    await teacher.getByRole('button', { name: 'Chercher', exact: true }).click();
    await teacher.getByRole('button', { name: `Ajouter Parents de ${childName}` }).click();
    await teacher.getByRole('list').getByText(`Parents de ${childName}`).first().waitFor();
    await teacher.getByLabel('Objet').fill(subject);
    await teacher
      .getByLabel('Message', { exact: true })
      .fill('Bonjour, le cahier est resté en classe. Voir https://example.fr/cahier');
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('messaging-compose-phone'), fullPage: true });
    await teacher.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await teacher.waitForURL(
      (url) => /^\/messagerie\/[^/]+$/.test(url.pathname) && url.pathname !== '/messagerie/nouveau',
      { timeout: 30_000 },
    );
    const conversationPath = new URL(teacher.url()).pathname;
    await teacher.getByRole('heading', { level: 2, name: subject }).waitFor({ timeout: 30_000 });
    await teacher.getByText(`À : Parents de ${childName}`, { exact: false }).waitFor();
    expect(await teacher.getByRole('link', { name: 'https://example.fr/cahier' }).getAttribute('href')).toBe(
      'https://example.fr/cahier',
    );

    const guardian = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await guardian.goto(`${origin}/`);
    await signInThroughPortal(guardian, 'parent.demo');
    const nav = await openMenu(guardian);
    const link = nav.getByRole('link', { name: 'Messagerie' });
    // The count is said beside the link, as the liaison book's notes to sign are.
    await nav.getByText('1 message non lu').waitFor({ timeout: 30_000 });
    await link.click();
    const line = guardian.locator(`a[href="${conversationPath}"]`);
    await line.waitFor({ timeout: 30_000 });
    expect(await line.textContent()).toContain('Non lu');
    await expectAccessible(guardian);
    await guardian.screenshot({ path: screenshotPath('messaging-inbox-desktop'), fullPage: true });
    await line.click();
    await guardian.getByText('Bonjour, le cahier est resté en classe.', { exact: false }).waitFor();
    await guardian.getByText('Votre réponse ira à tous les participants.').waitFor();
    await guardian.getByLabel('Votre réponse').fill('Merci, il le récupère demain.');
    await guardian.getByRole('button', { name: 'Répondre' }).click();
    await guardian.getByRole('status').getByText('Réponse envoyée.').waitFor({ timeout: 30_000 });
    await guardian.getByText('Merci, il le récupère demain.').waitFor({ timeout: 30_000 });
    await expectAccessible(guardian);
    await guardian.screenshot({ path: screenshotPath('messaging-conversation-desktop'), fullPage: true });

    await expect
      .poll(
        async () => {
          await teacher.reload();
          // Count once the conversation is on the page again, not while it loads.
          await teacher.getByRole('heading', { level: 2, name: subject }).waitFor({ timeout: 30_000 });
          return teacher.getByText('Merci, il le récupère demain.').count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('messaging-conversation-phone'), fullPage: true });
    // Two people, two devices and a fan-out through the queue: more than a minute on a busy 2-core machine.
  }, 180_000);

  it('never offers a student the whole school, says why, and the API refuses it with a code worded in French', async () => {
    const student = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    await student.goto(`${origin}/messagerie/nouveau`);
    await signInThroughPortal(student, 'eleve.demo');
    await student.getByRole('heading', { level: 2, name: 'Nouveau message' }).waitFor({ timeout: 30_000 });
    await student.getByText(fr.messaging.compose.onlyStaff).waitFor({ timeout: 30_000 });
    expect(await student.getByRole('button', { name: 'Ajouter Tout l’établissement' }).count()).toBe(0);
    await expectAccessible(student);
    await student.screenshot({ path: screenshotPath('messaging-student-compose-phone'), fullPage: true });

    const api = await fetchAs(origin, 'eleve.demo');
    const refused = await api('/api/messaging/conversations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: [{ kind: 'school' }], subject: 'À tous', text: 'Bonjour à tous' }),
    });
    expect(refused.status).toBe(403);
    const { error } = await refused.json();
    expect(error.code).toBe('staff_only_audience');
    expect(fr.messagingErrors[error.code as keyof typeof fr.messagingErrors]).toMatch(/personnel/);
  });
});

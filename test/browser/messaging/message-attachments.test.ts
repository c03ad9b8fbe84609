import { readFile } from 'node:fs/promises';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teachingItem } from '#functions/people/adapters/person-item';
import { localResourceNames } from '#infra/definitions/environment';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { fr } from '../../../web/src/messaging/messages';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const permission = '%PDF-1.7\n% Autorisation de sortie au musée, jeudi 10 décembre\n';

describe('message attachments in a browser', () => {
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
    // Building the portal and seeding the demo school: minutes on a busy 2-core machine.
  }, 300_000);

  afterAll(() => portal?.stop());

  it('a teacher attaches a PDF to a message to a guardian on a phone, and the guardian downloads it', async () => {
    const childName = `${child.firstName} ${child.lastName}`;
    const subject = 'Sortie au musée : autorisation';
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
    await teacher.getByLabel('Objet').fill(subject);
    await teacher.getByLabel('Message', { exact: true }).fill('Bonjour, voici l’autorisation à signer.');

    // A program is refused before anything is sent, in French.
    const attach = teacher.getByLabel('Joindre un fichier');
    await attach.setInputFiles({
      name: 'jeu.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await teacher
      .getByRole('alert')
      .getByText('« jeu.exe » n’est pas d’un type accepté', { exact: false })
      .waitFor({ timeout: 30_000 });

    // Two files joined, each uploaded with its progress; one removed before sending.
    await attach.setInputFiles([
      { name: 'Autorisation de sortie.pdf', mimeType: 'application/pdf', buffer: Buffer.from(permission) },
      { name: 'Brouillon.txt', mimeType: 'text/plain', buffer: Buffer.from('brouillon') },
    ]);
    const picked = teacher.getByRole('list', { name: 'Fichiers joints' });
    await picked
      .getByRole('listitem')
      .filter({ hasText: 'Autorisation de sortie.pdf' })
      .getByText('Prêt à partir')
      .waitFor({ timeout: 30_000 });
    await picked
      .getByRole('listitem')
      .filter({ hasText: 'Brouillon.txt' })
      .getByText('Prêt à partir')
      .waitFor({ timeout: 30_000 });
    await picked.getByText(`PDF · ${Buffer.byteLength(permission)} octets`).waitFor();
    await teacher.getByRole('button', { name: 'Retirer Brouillon.txt' }).click();
    await expect.poll(() => picked.getByRole('listitem').count()).toBe(1);
    await expectAccessible(teacher);
    await expectNoSidewaysScroll(teacher);
    await teacher.screenshot({ path: screenshotPath('messaging-attach-phone'), fullPage: true });

    await teacher.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await teacher.waitForURL(
      (url) => /^\/messagerie\/[^/]+$/.test(url.pathname) && url.pathname !== '/messagerie/nouveau',
      { timeout: 30_000 },
    );
    const conversationPath = new URL(teacher.url()).pathname;
    const sentFiles = teacher.getByRole('list', { name: 'Pièces jointes' });
    await sentFiles
      .getByRole('button', { name: 'Télécharger Autorisation de sortie.pdf' })
      .waitFor({ timeout: 30_000 });
    expect(await sentFiles.getByRole('button').count()).toBe(1);

    // The guardian, on a phone too, opens the conversation and downloads the file under its name.
    const guardian = await browser.newPage({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
      acceptDownloads: true,
    });
    await guardian.goto(`${origin}${conversationPath}`);
    await signInThroughPortal(guardian, 'parent.demo');
    // The fan-out runs from the message's event: until it has reached the guardian, the conversation is not theirs.
    const heading = guardian.getByRole('heading', { level: 2, name: subject });
    await expect
      .poll(
        async () => {
          await heading
            .or(guardian.getByText(fr.messaging.conversation.notFound))
            .waitFor({ timeout: 30_000 });
          if ((await heading.count()) === 0) await guardian.reload();
          return heading.count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(1);
    const button = guardian
      .getByRole('list', { name: 'Pièces jointes' })
      .getByRole('button', { name: 'Télécharger Autorisation de sortie.pdf' });
    await button.waitFor({ timeout: 30_000 });
    expect(await button.textContent()).toContain(`PDF · ${Buffer.byteLength(permission)} octets`);
    await expectAccessible(guardian);
    await expectNoSidewaysScroll(guardian);
    await guardian.screenshot({
      path: screenshotPath('messaging-attachment-guardian-phone'),
      fullPage: true,
    });
    const [download] = await Promise.all([
      guardian.waitForEvent('download', { timeout: 30_000 }),
      button.click(),
    ]);
    expect(download.suggestedFilename()).toBe('Autorisation de sortie.pdf');
    expect(await readFile((await download.path()) as string, 'utf8')).toBe(permission);
  }, 180_000);
});

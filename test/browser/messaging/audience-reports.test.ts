import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

const school = { ...demoSchool, id: 'messaging-safety-portal' };

/** The school's administrator withdraws a message a guardian reported, and narrows who may write to whom. */
describe('« Signalements » and the rules of messages in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let messageId: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(school, { demo: false });
    ({ origin, browser } = portal);
    const directory = demoDirectory(school);
    const guardianId = directory.accounts.find(({ username }) => username === 'parent.demo')?.personId;
    const childId = directory.guardianships.find(([g]) => g === guardianId)?.[1];
    const staff = await fetchAs(origin, 'vie-scolaire.demo');
    const sent = await staff('/api/messaging/conversations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        to: [{ kind: 'pupil-guardians', personId: childId }],
        subject: 'Réunion de rentrée',
        text: 'Un message que le parent juge déplacé.',
      }),
    });
    expect(sent.status).toBe(201);
    messageId = (await sent.json()).id;
    const guardian = await fetchAs(origin, 'parent.demo');
    // The fan-out fills the guardian's inbox through the queue: the report waits until the message is theirs.
    let reported = 0;
    for (let attempt = 0; attempt < 60 && reported !== 201; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      reported = (
        await guardian(`/api/messaging/messages/${messageId}/report`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reason: 'Ton agressif' }),
        })
      ).status;
    }
    expect(reported).toBe(201);
  });

  afterAll(() => portal?.stop());

  it('lets an administrator withdraw a reported message on a phone', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(origin);
    await signInThroughPortal(page, 'direction.demo');
    await openMenuLink(page, 'Signalements');
    await page
      .getByRole('heading', { level: 2, name: 'Signalements de messages' })
      .waitFor({ timeout: 30_000 });
    await page.getByText('Un message que le parent juge déplacé.').waitFor({ timeout: 30_000 });
    await page.getByText('Motif : Ton agressif').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Retirer le message' }).click();
    await page
      .getByText('Le message est retiré de toutes les boîtes de réception.')
      .waitFor({ timeout: 30_000 });
    await page.getByText('Message retiré par l’établissement').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Retirer le message' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('message-reports-phone') });

    const guardian = await fetchAs(origin, 'parent.demo');
    const opened = await (await guardian(`/api/messaging/conversations/${messageId}`)).json();
    expect(opened.messages[0]).toMatchObject({ withdrawn: true, text: '' });
    await page.close();
  });

  it('lets an administrator narrow who may write to whom, on a desktop', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'direction.demo');
    await openMenuLink(page, 'Règles de la messagerie');
    const teachers = page.getByRole('group', { name: 'Enseignant·e peut écrire à :' });
    await teachers.waitFor({ timeout: 30_000 });
    await teachers.getByLabel('les parents de ses élèves').uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Règles enregistrées.').waitFor({ timeout: 30_000 });
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('messaging-rules-desktop') });

    const admin = await fetchAs(origin, 'direction.demo');
    const { settings } = await (await admin('/api/messaging/settings')).json();
    expect(settings.whoMayWrite.teacher).not.toContain('own-pupils-guardians');
    await page.close();
  });
});

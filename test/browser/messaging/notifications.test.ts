import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  functionEnvironment,
  localResourceNames,
  schoolIdentityEnvironment,
} from '#infra/definitions/environment';
import { localAwsEnvironment } from '#infra/local/local-aws';
import { caughtMails } from '#infra/local/mail-catcher';
import { expectAccessible } from '../../support/axe';
import { desktop, phone, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { fetchAs } from '../../support/sign-in';

interface Option {
  id: string;
  name: string;
  kind: string;
  outcome: 'confirm' | 'request';
}

type Send = (method: string, path: string, body?: unknown) => Promise<Response>;

/** A booking answer reaches the student: the bell counts it, the feed shows it, and its mail is in the local SES. */
describe('notifications in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let student: Send;
  let planner: Send;

  const sender =
    (as: Awaited<ReturnType<typeof fetchAs>>) => (method: string, path: string, body?: unknown) =>
      as(path, {
        method,
        ...(body !== undefined && {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      });

  /** A practice room the student must ask for (beyond the 14 days of their rules), asked, then approved. */
  const answeredRequest = async (offsetFrom: number, start: string, end: string) => {
    const tried: string[] = [];
    for (let offset = offsetFrom; offset < offsetFrom + 30; offset += 1) {
      const date = plusDays(todayInParis(), offset);
      const options = await student('GET', `/api/bookings/options?date=${date}&start=${start}&end=${end}`);
      if (!options.ok) continue;
      const room = ((await options.json()) as { items: Option[] }).items.find(
        (option) => option.kind === 'practice-room' && option.outcome === 'request',
      );
      if (!room) continue;
      const asked = await student('POST', '/api/bookings', { placeId: room.id, date, start, end });
      tried.push(`${date}: ${asked.status}`);
      if (asked.status !== 202) continue;
      const { requestId } = ((await asked.json()) as { request: { requestId: string } }).request;
      const answered = await planner('POST', `/api/booking-requests/${requestId}/answer`, {
        decision: 'approve',
      });
      if (answered.ok) return { date, room };
      tried.push(`answer ${answered.status}`);
    }
    throw new Error(`No practice room to ask for: ${tried.join(', ')}`);
  };

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    student = sender(await fetchAs(origin, 'eleve.demo'));
    planner = sender(await fetchAs(origin, 'planning.demo'));
    // The demo school's year is planned at start: minutes on a busy machine.
  }, 360_000);

  afterAll(() => portal?.stop());

  for (const [size, viewport, hours] of [
    ['phone', phone, { start: '17:00', end: '18:00' }],
    ['desktop', desktop, { start: '16:00', end: '17:00' }],
  ] as const) {
    it(`tells a student their booking request is approved, in the portal and by mail (${size})`, async () => {
      const onPhone = size === 'phone';
      const page = await browser.newPage({
        viewport,
        locale: 'fr-FR',
        ...(onPhone && { isMobile: true, hasTouch: true }),
      });
      await page.goto(origin);
      await signInThroughPortal(page, 'eleve.demo');

      // Whatever the hour the test runs at, mails go at once: the student turns quiet hours off.
      const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications, / });
      await bell.click();
      await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor();
      await page.getByRole('link', { name: 'Préférences de notification' }).click();
      await page.getByRole('heading', { level: 2, name: 'Préférences de notification' }).waitFor();
      const bookings = page.getByRole('group', { name: 'Réservations de salles' });
      await bookings.getByLabel('Tout de suite').check();
      await page.getByLabel('Rien entre 20 h et 7 h').uncheck();
      await page.getByLabel('Rien le samedi ni le dimanche').uncheck();
      await expectAccessible(page);
      await page.screenshot({ path: screenshotPath(`notification-preferences-${size}`) });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Vos choix sont enregistrés.' }).waitFor();

      const before = (await caughtMails(portal.mailCatcher)).length;
      const { date } = await answeredRequest(onPhone ? 16 : 17, hours.start, hours.end);

      // The bus has told the student once the counter says so (the outbox and the bus run in the background).
      for (let tries = 0; tries < 60; tries += 1) {
        const { unread } = (await (await student('GET', '/api/notifications/unread')).json()) as {
          unread: number;
        };
        if (unread > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }

      // The bell counts it at the next page.
      await page.getByRole('link', { name: 'Retour aux notifications' }).click();
      await page
        .getByRole('banner')
        .getByRole('link', { name: 'Notifications, 1 non lue' })
        .waitFor({ timeout: 30_000 });
      const item = page.locator('.notification--unread', { hasText: 'Votre demande de salle du' });
      await item.first().waitFor({ timeout: 30_000 });
      expect(await item.first().textContent()).toContain(`${hours.start}–${hours.end}, est acceptée`);
      await page.getByText('1 notification non lue').waitFor();
      await expectAccessible(page);
      await page.screenshot({ path: screenshotPath(`notifications-${size}`) });

      // « Tout marquer comme lu »: the bell says none.
      await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
      await page.getByText('Tout est lu.').waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Notifications, aucune non lue' }).waitFor();

      // The mail, in the local SES's web page.
      const mails = await caughtMails(portal.mailCatcher);
      const mail = mails.slice(before).find((one) => one.destination.to.includes('eleve.demo@example.fr'));
      expect(mail?.subject).toBe('Réservation acceptée');
      expect(mail?.from).toContain('Conservatoire');
      expect(mail?.body.text).toContain(`${hours.start}–${hours.end}, est acceptée`);
      const mailPage = await browser.newPage({ viewport, locale: 'fr-FR' });
      await mailPage.goto(portal.mailCatcher);
      await mailPage.getByText('Réservation acceptée').first().waitFor({ timeout: 30_000 });
      await mailPage.screenshot({ path: screenshotPath(`notification-mail-${size}`) });
      await mailPage.close();
      expect(date).toMatch(/^\d{4}-\d\d-\d\d$/);
      await page.close();
    }, 180_000);
  }
  it('holds the mail of an evening answer until 07:00 Paris time, then it is in the local SES page (a clock the test sets)', async () => {
    // The notifying code runs here, on the school's table and the mail catcher, with a clock the test moves.
    Object.assign(
      process.env,
      schoolIdentityEnvironment(demoSchool),
      localAwsEnvironment({ ...portal.endpoints, eventBridge: 'http://127.0.0.1:9' }),
      {
        [functionEnvironment.tableName]: localResourceNames(demoSchool.id).table,
        [functionEnvironment.mailFrom]: 'ne-pas-repondre@preau.localhost',
      },
    );
    const { notificationPorts } = await import('#functions/messaging/adapters/notification-ports');
    const { notifyPeople, releaseHeld } = await import('#domain/messaging/notify-people');
    const { bookingAnsweredDraft } = await import('#domain/messaging/notification-drafts');
    let now = new Date('2031-03-11T20:30:00Z'); // Tuesday 21:30 in Paris
    const ports = { ...notificationPorts(), clock: { now: () => now } };
    const guardian = sender(await fetchAs(origin, 'parent.demo'));
    const { personId } = (await (await guardian('GET', '/api/me')).json()) as { personId: string };
    const mailsOfTheTest = async () =>
      (await caughtMails(portal.mailCatcher)).filter((mail) =>
        (mail.body.text ?? '').includes('mardi 18 mars'),
      );

    await notifyPeople(
      bookingAnsweredDraft(
        { eventId: `held-${Date.now()}`, occurredAt: now.toISOString() },
        { studentId: personId, status: 'refused', date: '2031-03-18', start: '10:00', end: '11:00' },
      ),
      ports,
    );
    expect(await mailsOfTheTest()).toHaveLength(0);
    now = new Date('2031-03-12T05:59:00Z'); // 06:59
    await releaseHeld(ports);
    expect(await mailsOfTheTest()).toHaveLength(0);
    now = new Date('2031-03-12T06:00:00Z'); // 07:00
    await releaseHeld(ports);
    expect(await mailsOfTheTest()).toHaveLength(1);

    const mailPage = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await mailPage.goto(portal.mailCatcher);
    await mailPage.getByText('Réservation refusée').first().waitFor({ timeout: 30_000 });
    await mailPage.screenshot({ path: screenshotPath('notification-held-mail-desktop') });
    await mailPage.close();
  }, 120_000);
});

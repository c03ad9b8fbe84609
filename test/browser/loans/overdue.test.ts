import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Loan } from '#domain/loans/loan';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { loanRecord } from '#functions/loans/adapters/dynamo-loans';
import { localResourceNames, schoolFunctionEnvironment } from '#infra/definitions/environment';
import { localAwsEnvironment, localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const phone = { width: 390, height: 844 };

/**
 * A late instrument in a browser: the pupil who kept a 4/4 cello three days past its end date finds the reminder
 * in their notifications, and the desk finds the loan in « Relances », on a phone and on a desktop. The morning's
 * reminders run in this process, on the school's table, as the schedule runs them.
 */
describe('an overdue loan in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  const today = todayInZone(new Date(), 'Europe/Paris');
  const endDate = plusDays(today, -3);

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const names = localResourceNames(demoSchool.id);
    const pupilId = demoDirectory(demoSchool).accounts.find(({ username }) => username === 'eleve.demo')
      ?.personId as string;
    const at = new Date().toISOString();
    const loan: Loan = {
      loanId: 'browser-late-cello',
      number: 'P2026-0042',
      borrowerId: pupilId,
      requestedBy: pupilId,
      itemId: 'inst-violoncelle-2',
      startDate: plusDays(today, -100),
      endDate,
      bufferDays: 2,
      status: 'out',
      kind: 'free',
      reminders: [],
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const documents = DynamoDBDocumentClient.from(localDynamoDbClient(portal.endpoints));
    await documents.send(new PutCommand({ TableName: names.table, Item: loanRecord(loan) }));
    Object.assign(
      process.env,
      schoolFunctionEnvironment(demoSchool, names, { userPoolId: 'unused', userPoolClientId: 'unused' }),
      localAwsEnvironment({ ...portal.endpoints, eventBridge: 'http://127.0.0.1:9' }),
    );
    const { handler } = await import('#functions/loans/remind-overdue-loans');
    await handler({}, {} as never);
  }, 360_000);

  afterAll(() => portal?.stop());

  for (const [size, viewport] of [
    ['phone', phone],
    ['desktop', desktop],
  ] as const) {
    it(`shows the pupil the reminder, and the desk the loan in « Relances » (${size})`, async () => {
      const onPhone = size === 'phone';
      const options = { viewport, locale: 'fr-FR', ...(onPhone && { isMobile: true, hasTouch: true }) };
      const page = await browser.newPage(options);
      await page.goto(origin);
      await signInThroughPortal(page, 'eleve.demo');
      await page
        .getByRole('banner')
        .getByRole('link', { name: /^Notifications, / })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor({ timeout: 30_000 });
      await page
        .getByText(/^Le violoncelle 4\/4 prêté jusqu’au .+ est à rendre$/)
        .waitFor({ timeout: 30_000 });
      // The pupil reads of the instrument, never the number staff keep it by.
      expect(await page.getByText('P2026-0042').count()).toBe(0);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: screenshotPath(`loans-overdue-notification-${size}`) });
      await page.close();

      const desk = await browser.newPage(options);
      await desk.goto(origin);
      await signInThroughPortal(desk, 'vie-scolaire.demo');
      await openMenuLink(desk, 'Instruments');
      await desk.getByRole('heading', { level: 2, name: 'Instruments' }).waitFor({ timeout: 30_000 });
      await desk.getByRole('link', { name: 'Relances', exact: true }).click();
      await desk.getByRole('heading', { level: 2, name: 'Relances' }).waitFor({ timeout: 30_000 });
      const line = desk.getByRole('listitem').filter({ hasText: 'P2026-0042' });
      await expect.poll(() => line.count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(() => line.textContent()).toMatch(/3 jours de retard · Relancé : l’emprunteur/);
      await expectAccessible(desk);
      await expectNoSidewaysScroll(desk);
      await desk.screenshot({ path: screenshotPath(`loans-overdue-desk-${size}`), fullPage: true });
      await desk.close();
    });
  }
});

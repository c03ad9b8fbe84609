import { readFile } from 'node:fs/promises';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Loan } from '#domain/loans/loan';
import { loanRecord } from '#functions/loans/adapters/dynamo-loans';
import { guardianshipItems } from '#functions/people/adapters/person-item';
import { localResourceNames, schoolFunctionEnvironment } from '#infra/definitions/environment';
import { localAwsEnvironment, localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { pdfPages } from '../../support/pdf-text';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';

const phone = { width: 390, height: 844 };
const onPhone = { viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true } as const;

/** A stroke across the signature pad with a finger (touch events), as a phone draws it. */
const drawWithFinger = async (page: Page) => {
  const box = await page.locator('canvas.loans-signature__pad').boundingBox();
  if (!box) throw new Error('no signature pad');
  const points = [0.15, 0.35, 0.55, 0.8].map((share, index) => ({
    x: Math.round(box.x + box.width * share),
    y: Math.round(box.y + box.height * (index % 2 ? 0.3 : 0.7)),
  }));
  const cdp = await page.context().newCDPSession(page);
  const [first, ...rest] = points;
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [first as { x: number; y: number }],
  });
  for (const point of rest)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
};

/** A one-page PDF, the insurance certificate a family sends from a phone. */
const certificate = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * The loan of a cello from end to end, on a phone (the family) and a desktop (the desk), in one story: the pupil
 * finds the cello in the public catalogue, follows its link, signs in and asks for it; the staff grant it on their
 * desk (and take the strings' calendar feed); the pupil is told and finds it on « Mes prêts »; their guardian
 * sends the insurance, signs the contract with a finger and downloads it; the staff hand it over, and the public
 * catalogue says « En prêt » once the bus has written it again; the return notes a scratch and opens a servicing
 * ticket; and a loan kept past its end is reminded to the pupil by the morning's run.
 */
describe('a cello’s loan, from the catalogue to the reminder', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let pupil: Page;
  let loanPath: string;
  const directory = demoDirectory(demoSchool);
  const account = (name: string) =>
    directory.accounts.find(({ username }) => username === name)?.personId as string;
  const pupilId = account('eleve.demo');
  const itemId = 'inst-violoncelle-3';
  const names = localResourceNames(demoSchool.id);

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    // The demo's parent account is made a guardian of the demo pupil (a minor), who signs through them.
    const documents = DynamoDBDocumentClient.from(localDynamoDbClient(portal.endpoints));
    for (const item of guardianshipItems(account('parent.demo'), pupilId))
      await documents.send(new PutCommand({ TableName: names.table, Item: item }));
  }, 300_000);

  afterAll(() => portal?.stop());

  it('lets the pupil find the cello in the public catalogue and ask for it on a phone', async () => {
    pupil = await browser.newPage(onPhone);
    await pupil.goto(`${origin}/s/instruments/cordes/`);
    const ask = pupil.locator(`a[href*="instrument=${itemId}&"], a[href$="instrument=${itemId}"]`);
    await ask.first().waitFor({ timeout: 30_000 });
    await ask.first().click();
    await signInThroughPortal(pupil, 'eleve.demo');
    await pupil
      .getByRole('heading', { level: 2, name: 'Emprunter un instrument' })
      .waitFor({ timeout: 30_000 });
    const what = pupil.getByLabel('Instrument', { exact: true });
    await expect.poll(() => what.inputValue(), { timeout: 30_000 }).toBe(`item:${itemId}`);
    await pupil.getByLabel('Un mot pour l’équipe (facultatif)').fill('Pour le trio du printemps');
    await expectNoSidewaysScroll(pupil);
    await pupil.getByRole('button', { name: 'Envoyer la demande' }).click();
    await pupil.getByRole('heading', { level: 2, name: 'Mes prêts' }).waitFor({ timeout: 30_000 });
    const mine = pupil.getByRole('listitem').filter({ hasText: 'Violoncelle 4/4' });
    await expect.poll(() => mine.filter({ hasText: 'Demandé' }).count(), { timeout: 30_000 }).toBe(1);
  });

  it('lets the staff grant it on their desk, take the strings’ calendar feed and see it on the pupil’s sheet', async () => {
    const staff = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await openMenuLink(staff, 'Prêts');
    await staff.getByRole('heading', { level: 2, name: 'Prêts' }).waitFor({ timeout: 30_000 });
    const request = staff.getByRole('listitem').filter({ hasText: 'Pour le trio du printemps' });
    await request.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => request.getByLabel('Instrument prêté').inputValue(), { timeout: 30_000 })
      .toBe(itemId);
    await request.getByRole('button', { name: 'Accorder' }).click();
    await expect.poll(() => request.count(), { timeout: 30_000 }).toBe(0);

    // « Abonnement agenda »: the strings' held spans, a signed webcal link.
    await staff.getByLabel('Famille d’instruments').selectOption('strings');
    await staff.getByRole('button', { name: 'Abonnement agenda' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByText(/Instruments — Cordes/).waitFor({ timeout: 30_000 });
    expect(await dialog.locator('a[href^="webcal:"]').getAttribute('href')).toMatch(/\/feeds\/[\w-]+\.ics\?/);
    await expectAccessible(staff);
    await staff.screenshot({ path: screenshotPath('loan-journey-feed-desktop'), fullPage: true });
    await staff.keyboard.press('Escape');

    // The pupil's sheet lists the loan, a link to its form.
    await staff.goto(`${origin}/personnes/${pupilId}`);
    await staff.getByRole('heading', { level: 3, name: 'Prêts d’instruments' }).waitFor({ timeout: 30_000 });
    const loanLink = staff.getByRole('link', { name: 'Violoncelle 4/4' });
    loanPath = (await loanLink.getAttribute('href')) as string;
    expect(loanPath).toMatch(/^\/prets\/[\w-]+$/);
    await staff.close();
  });

  it('tells the pupil, whose « Mes prêts » links the granted loan (the old address leads there)', async () => {
    await pupil.goto(`${origin}/mes-instruments`);
    await pupil.waitForURL(`${origin}/mes-prets`, { timeout: 30_000 });
    const mine = pupil.getByRole('listitem').filter({ hasText: 'Accordé' });
    await expect
      .poll(() => mine.getByRole('link', { name: 'Violoncelle 4/4' }).getAttribute('href'), {
        timeout: 30_000,
      })
      .toBe(loanPath);
    await pupil.screenshot({ path: screenshotPath('loan-journey-my-loans-phone'), fullPage: true });
    await pupil
      .getByRole('banner')
      .getByRole('link', { name: /^Notifications, / })
      .click();
    await pupil
      .getByText(/^Le violoncelle 4\/4 est accordé du .+ \(prêt n° P\d{4}-\d{4}\) : le contrat est à signer$/)
      .waitFor({ timeout: 30_000 });
    await expectAccessible(pupil);
  });

  it('lets the guardian send the insurance, sign with a finger and download the contract on a phone', async () => {
    const page = await browser.newPage(onPhone);
    await page.goto(origin);
    await signInThroughPortal(page, 'parent.demo');
    await page.goto(`${origin}${loanPath}`);
    await page.getByText(/Vous signez en tant que responsable légal de/).waitFor({ timeout: 60_000 });
    await page.getByLabel('Fichier (PDF, JPEG ou PNG, 5 Mo au plus)').setInputFiles({
      name: 'assurance.pdf',
      mimeType: 'application/pdf',
      buffer: certificate,
    });
    await page.getByRole('button', { name: 'Envoyer l’attestation' }).click();
    await page.getByText('Attestation fournie : assurance.pdf').waitFor({ timeout: 60_000 });
    await page.getByLabel('Vos prénom et nom').fill('Parent Démo');
    await drawWithFinger(page);
    await page.getByRole('button', { name: 'Signer le contrat' }).click();
    await page.getByText(/^Signé le .* par Parent Démo, responsable légal de/).waitFor({ timeout: 60_000 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath('loan-journey-signed-phone'), fullPage: true });

    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Télécharger le contrat (PDF)' }).click();
    const file = await download;
    const bytes = new Uint8Array(await readFile((await file.path()) ?? ''));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const [text = ''] = await pdfPages(bytes);
    expect(text).toContain('Contrat de location');
    expect(text).toContain('Violoncelle 4/4');
    expect(text).toMatch(/Signé le .* par Parent Démo/);
    await expectAccessible(page);
    await page.close();
  });

  it('hands it over (the catalogue says « En prêt »), then takes it back with a scratch and a servicing ticket', async () => {
    const staff = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await staff.goto(origin);
    await signInThroughPortal(staff, 'vie-scolaire.demo');
    await staff.goto(`${origin}${loanPath}`);
    await staff.getByRole('button', { name: 'Remettre l’instrument' }).click({ timeout: 60_000 });
    await staff.getByText(/^Remis le /).waitFor({ timeout: 60_000 });

    // The bus writes the strings' catalogue again: the cello is « En prêt jusqu’au » its end.
    const celloCard = async () => {
      const page = await (await fetch(`${origin}/s/instruments/cordes/`, { cache: 'no-store' })).text();
      return (
        page
          .split('<li class="catalogue__item">')
          .find((card) => card.includes(`photos/${itemId}-demo.jpg`)) ?? ''
      );
    };
    await expect.poll(celloCard, { timeout: 90_000, interval: 1000 }).toMatch(/En prêt jusqu’au/);
    const catalogue = await browser.newPage(onPhone);
    await catalogue.goto(`${origin}/s/instruments/cordes/`);
    await catalogue.screenshot({ path: screenshotPath('loan-journey-catalogue-phone') });
    await catalogue.close();

    await staff.getByLabel('Remarques (rayures, chocs, pièces manquantes…)').fill('Rayure sur la table');
    const servicing = staff.getByRole('checkbox', { name: 'Ouvrir une fiche d’entretien' });
    await expect.poll(() => servicing.isChecked()).toBe(true);
    await staff.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await staff.getByText(/Fiche d’entretien ouverte\./).waitFor({ timeout: 60_000 });
    await expectAccessible(staff);
    await staff.screenshot({ path: screenshotPath('loan-journey-return-desktop'), fullPage: true });
    await staff.goto(`${origin}/instruments/${itemId}`);
    await staff.getByText('En révision').first().waitFor({ timeout: 60_000 });
    await staff.close();
  }, 240_000);

  it('reminds the pupil of a loan kept past its end, as the morning’s run does', async () => {
    const today = todayInParis();
    const at = new Date().toISOString();
    const late: Loan = {
      loanId: 'journey-late-cello',
      number: 'P2026-0099',
      borrowerId: pupilId,
      requestedBy: pupilId,
      itemId: 'inst-violoncelle-1',
      startDate: plusDays(today, -60),
      endDate: plusDays(today, -2),
      bufferDays: 2,
      status: 'out',
      kind: 'free',
      reminders: [],
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const documents = DynamoDBDocumentClient.from(localDynamoDbClient(portal.endpoints));
    await documents.send(new PutCommand({ TableName: names.table, Item: loanRecord(late) }));
    Object.assign(
      process.env,
      schoolFunctionEnvironment(demoSchool, names, { userPoolId: 'unused', userPoolClientId: 'unused' }),
      localAwsEnvironment({ ...portal.endpoints, eventBridge: 'http://127.0.0.1:9' }),
    );
    const { handler } = await import('#functions/loans/remind-overdue-loans');
    await handler({}, {} as never);

    await pupil.goto(origin);
    await pupil
      .getByRole('banner')
      .getByRole('link', { name: /^Notifications, / })
      .click();
    await pupil.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor({ timeout: 30_000 });
    await pupil
      .getByText(/^Le violoncelle 4\/4 prêté jusqu’au .+ est à rendre$/)
      .waitFor({ timeout: 30_000 });
    await expectNoSidewaysScroll(pupil);
    await pupil.screenshot({ path: screenshotPath('loan-journey-reminder-phone') });
    await pupil.close();
  });
});

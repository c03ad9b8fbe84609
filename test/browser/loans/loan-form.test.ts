import { readFile } from 'node:fs/promises';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanRecord } from '#functions/loans/adapters/dynamo-loans';
import { localResourceNames } from '#infra/definitions/environment';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { expectAccessible } from '../../support/axe';
import { expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { approvedLoan } from '../../support/loan-form';
import { pdfPages } from '../../support/pdf-text';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { signIn } from '../../support/sign-in';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** Draws a stroke across the signature pad: with a finger (touch events) on a phone, with the mouse otherwise. */
const drawOnPad = async (page: Page, { touch }: { touch: boolean }) => {
  const pad = page.locator('canvas.loans-signature__pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  const points = [0.15, 0.35, 0.55, 0.8].map((share, index) => ({
    x: Math.round(box.x + box.width * share),
    y: Math.round(box.y + box.height * (index % 2 ? 0.3 : 0.7)),
  }));
  if (touch) {
    const cdp = await page.context().newCDPSession(page);
    const [first, ...rest] = points;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [first as { x: number; y: number }],
    });
    for (const point of rest)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    const [first, ...rest] = points;
    await page.mouse.move(first?.x ?? 0, first?.y ?? 0);
    await page.mouse.down();
    for (const point of rest) await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.mouse.up();
  }
};

/**
 * The loan form in a browser: a guardian signs their child's form on a phone with a finger and downloads the
 * contract; staff on a desktop open it from the cello's sheet, hand the cello over, note a scratch on its return
 * (a servicing ticket, suggested) and give the deposit back. The approved loan is written as the desk writes it.
 */
describe('the loan form in a browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  let itemId: string;
  const loanId = `loan-${Date.now()}-0042`;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const token = await signIn(origin, 'vie-scolaire.demo');
    const created = await fetch(`${origin}/api/loans/items`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        family: 'strings',
        kind: 'Violon 1/2',
        maker: 'Stentor',
        serialNumber: `ST-${Date.now()}`,
        valueCents: 40_000,
        accessories: ['étui', 'archet'],
      }),
    });
    itemId = (await created.json()).itemId;
    const directory = demoDirectory(demoSchool);
    const guardianId = directory.accounts.find(({ username }) => username === 'parent.demo')?.personId;
    const child = directory.guardianships.find(([g]) => g === guardianId)?.[1] as string;
    const today = todayInParis();
    const documents = DynamoDBDocumentClient.from(localDynamoDbClient(portal.endpoints));
    await documents.send(
      new PutCommand({
        TableName: localResourceNames(demoSchool.id).table,
        Item: loanRecord(
          approvedLoan({
            loanId,
            borrowerId: child,
            itemId,
            startDate: today,
            endDate: plusDays(today, 180),
          }),
        ),
      }),
    );
  }, 300_000);

  afterAll(() => portal?.stop());

  it('on a phone: the guardian reads the contract, signs it with a finger and downloads it', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'parent.demo');
    await page.goto(`${origin}/prets/${loanId}`);
    await page.getByRole('heading', { level: 2, name: 'Prêt P2026-0042' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { level: 3, name: 'Contrat de prêt à usage' }).waitFor();
    await page.getByText(/Vous signez en tant que responsable légal de/).waitFor();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    await page.getByRole('button', { name: 'Signer le contrat' }).click();
    // The typed name is required (the drawing is not): the form says so.
    await page
      .getByRole('alert')
      .filter({ hasText: /prénom et nom/i })
      .waitFor({ timeout: 60_000 });
    await page.getByLabel('Vos prénom et nom').fill('Parent Démo');
    await drawOnPad(page, { touch: true });
    await page.screenshot({ path: screenshotPath('loan-form-signing-phone'), fullPage: true });
    await page.getByRole('button', { name: 'Signer le contrat' }).click();
    await page.getByText(/^Signé le .* par Parent Démo, responsable légal de/).waitFor({ timeout: 60_000 });
    await page.getByText('Signé : à remettre').waitFor();

    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Télécharger le contrat (PDF)' }).click();
    const contract = await download;
    expect(contract.suggestedFilename()).toBe('contrat-P2026-0042.pdf');
    const [text = ''] = await pdfPages(new Uint8Array(await readFile((await contract.path()) ?? '')));
    expect(text).toContain('Contrat de prêt à usage');
    expect(text).toMatch(/Signé le .* par Parent Démo/);
    await expectAccessible(page);
    await page.close();
  });

  it('on a desktop: staff hand the violin over, note a scratch on its return and open a servicing ticket', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(origin);
    await signInThroughPortal(page, 'vie-scolaire.demo');
    await page.goto(`${origin}/instruments/${itemId}`);
    await page
      .getByRole('heading', { level: 3, name: 'Prêts de cet instrument' })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: /P2026-0042/ }).click();
    await page.getByRole('button', { name: 'Remettre l’instrument' }).click({ timeout: 60_000 });
    await page.getByRole('heading', { level: 3, name: 'Retour' }).waitFor({ timeout: 60_000 });
    await page.getByText(/^Remis le /).waitFor();

    const servicing = page.getByRole('checkbox', { name: 'Ouvrir une fiche d’entretien' });
    expect(await servicing.isChecked()).toBe(false);
    await page.getByLabel('Remarques (rayures, chocs, pièces manquantes…)').fill('Rayure sur la table');
    await page.getByText('L’état a changé : une fiche d’entretien est conseillée.').waitFor();
    expect(await servicing.isChecked()).toBe(true);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('loan-form-return-desktop'), fullPage: true });
    await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await page.getByText(/Fiche d’entretien ouverte\./).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Caution rendue' }).click();
    await page.getByText(/^Caution rendue le /).waitFor({ timeout: 60_000 });

    await page.goto(`${origin}/instruments/${itemId}`);
    await page.getByText('En révision').first().waitFor({ timeout: 60_000 });
    await page.getByText(/Rendu, mis en entretien/).waitFor();
    await page.getByText(/Rayure sur la table/).waitFor();
    await expectAccessible(page);
    await page.close();
  });
});

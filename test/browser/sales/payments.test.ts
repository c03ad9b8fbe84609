import { readFileSync } from 'node:fs';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localResourceNames } from '#infra/definitions/environment';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { csvRows } from '../../support/csv';
import { plusDays, todayInParis } from '../../support/dates';
import { demoSchool } from '../../support/demo-school';
import { openMenuLink } from '../../support/menu';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { issuedInvoiceItem } from '../../support/sales-payments';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };

/**
 * The sales desk's money pages, on a phone and on a desktop: « Impayés » lists an invoice past due, its sheet
 * « Paiements » records a cheque typed in euros and shows what is still due, a payment above it is refused in
 * French, a payment is cancelled; « Journal des ventes » downloads the month's CSV. The invoices are put in the
 * school's table as S3's store keeps them.
 */
describe('payments, overdue invoices and the sales journal in the portal', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;
  const today = todayInParis();
  const overdue = issuedInvoiceItem({
    grossCents: 123_450,
    issueDate: plusDays(today, -40),
    dueDate: plusDays(today, -10),
  });
  const recent = issuedInvoiceItem({ grossCents: 60_000, issueDate: today, dueDate: plusDays(today, 30) });

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
    const documents = DynamoDBDocumentClient.from(localDynamoDbClient(portal.endpoints));
    for (const Item of [overdue, recent])
      await documents.send(new PutCommand({ TableName: localResourceNames(demoSchool.id).table, Item }));
  }, 300_000);

  afterAll(() => portal?.stop());

  it('on a phone: finds the overdue invoice, records a cheque, is told of an overpayment, cancels a payment', async () => {
    const page = await browser.newPage({ viewport: phone, locale: 'fr-FR', isMobile: true, hasTouch: true });
    await page.goto(origin);
    await signInThroughPortal(page, 'ventes.demo');
    await openMenuLink(page, 'Ventes');
    await page.getByRole('link', { name: 'Impayés', exact: true }).click({ timeout: 60_000 });
    const line = page.getByRole('listitem').filter({ hasText: overdue.number });
    await line.waitFor({ timeout: 60_000 });
    await expect.poll(() => line.textContent()).toMatch(/1\s234,50\s€ restant dû/);
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath('sales-overdue-phone'), fullPage: true });

    await line.getByRole('link', { name: overdue.number }).click();
    await page
      .getByRole('heading', { name: `Paiements de la facture ${overdue.number}` })
      .waitFor({ timeout: 60_000 });
    await page.getByLabel('Montant reçu (€)').fill('1 000,00');
    await page.getByLabel('Moyen de paiement').selectOption({ label: 'Chèque' });
    await page.getByLabel('Référence (n° de chèque, de virement…)').fill('CHQ 4411');
    await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await page.getByRole('status').filter({ hasText: 'Paiement enregistré' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('balance').textContent()).toMatch(/^234,50\s€$/);
    await page.getByRole('listitem').filter({ hasText: 'CHQ 4411' }).waitFor();

    // More than is still due: refused, in French, and nothing recorded.
    await page.getByLabel('Montant reçu (€)').fill('300');
    await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'ce paiement dépasse le reste dû de la facture' })
      .waitFor({ timeout: 60_000 });
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath('sales-payments-phone'), fullPage: true });

    // The cheque bounced: cancelled, its amount due again.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Annuler ce paiement' }).click();
    await expect
      .poll(() => page.getByTestId('balance').textContent(), { timeout: 60_000 })
      .toMatch(/^1\s234,50\s€$/);
    await page.getByRole('listitem').filter({ hasText: 'annulation' }).waitFor();
    await page.close();
  }, 300_000);

  it('on a desktop: pays an invoice in full and downloads the month’s sales journal', async () => {
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${origin}/ventes/factures/${recent.invoiceId}/paiements`);
    await signInThroughPortal(page, 'ventes.demo');
    await page
      .getByRole('heading', { name: `Paiements de la facture ${recent.number}` })
      .waitFor({ timeout: 60_000 });
    await page.getByLabel('Montant reçu (€)').fill('600');
    await page.getByLabel('Moyen de paiement').selectOption({ label: 'Mandat administratif' });
    await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await page.getByText('Cette facture est entièrement payée.').waitFor({ timeout: 60_000 });
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('sales-payments-desktop'), fullPage: true });

    await page.goto(`${origin}/ventes/journal`);
    await page.getByRole('heading', { name: 'Journal des ventes' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Du', { exact: true }).fill(plusDays(today, -45));
    await page.getByLabel('Au', { exact: true }).fill(today);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('sales-journal-desktop'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Télécharger le CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^journal-ventes-.*\.csv$/);
    const bytes = readFileSync((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(bytes.toString('utf8'));
    expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining([overdue.number, recent.number]));
    expect(rows.find((row) => row[1] === recent.number)?.at(-1)).toBe('Payée');
    await page.close();
  }, 300_000);
});

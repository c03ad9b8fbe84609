import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../support/axe';
import { desktop, expectNoSidewaysScroll, screenshotPath } from '../../support/browser';
import { signInThroughPortal } from '../../support/browser-sign-in';
import { demoSchool } from '../../support/demo-school';
import { type PortalUnderTest, startPortalUnderTest } from '../../support/portal-under-test';
import { gridInput } from '../../support/sales';
import { fetchAs } from '../../support/sign-in';

/** The phone the issue names: 390 × 844. */
const phone = { width: 390, height: 844 };
const title = 'Festival d’automne : deux jours';
const days = ['2027-04-15', '2027-04-16'] as const;

/** The XML files a PDF embeds (Factur-X's `factur-x.xml`): each EmbeddedFile stream, inflated when compressed. */
const embeddedFiles = (pdf: Buffer) => {
  const text = pdf.toString('latin1');
  const files: string[] = [];
  for (const match of text.matchAll(/\/Type\s*\/EmbeddedFile\b/g)) {
    const start = text.indexOf('stream', match.index);
    const head = text.slice(text.lastIndexOf('obj', match.index), start);
    const body = start + (text[start + 6] === '\r' ? 8 : 7);
    const end = text.indexOf('endstream', body);
    const bytes = pdf.subarray(body, end);
    files.push((/FlateDecode/.test(head) ? inflateSync(bytes) : bytes).toString('utf8'));
  }
  return files;
};

/**
 * Issue 18's « Done when »: a sales person prices a two-day hall rental with a technician, sends the quote, the
 * client accepts through the link in a browser of their own (no account), the slots appear in the hall's
 * planning, the invoice is issued and downloaded as Factur-X (its CII XML embedded), a credit note cancels it.
 *
 * Every step is the portal's pages: the quote builder and the quote's sheet (on a phone), the client's answer, the
 * hall's planning, issuing the invoice and its Factur-X, the list of invoices, the credit note and the payments;
 * the hall, the client and the season's grid are set up through the API beforehand.
 */
describe('the sales module’s done-when', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    portal = await startPortalUnderTest(demoSchool, { demo: true });
    ({ origin, browser } = portal);
  }, 300_000);

  afterAll(() => portal?.stop());

  it('prices, sends, is accepted by the client, holds the hall, invoices as Factur-X and credits it', async () => {
    const sales = await fetchAs(origin, 'ventes.demo');
    const admin = await fetchAs(origin, 'direction.demo');
    const json = async (answer: Promise<Response>, status: number) => {
      const response = await answer;
      const text = await response.text();
      expect(response.status, text).toBe(status);
      return JSON.parse(text);
    };
    const send = (call: typeof sales, method: string, path: string, body?: unknown) =>
      call(path, {
        method,
        ...(body !== undefined && {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      });

    // 1. The hall, the client and the season's grid; the quote priced by it: two days and a technician's hours.
    const hall = await json(
      send(admin, 'POST', '/api/places', {
        name: 'Auditorium Ravel',
        kind: 'concert-hall',
        capacity: 300,
        site: 'Site Berlioz',
      }),
      201,
    );
    const client = await json(
      send(sales, 'POST', '/api/sales/clients', {
        legalName: 'Festival des Arts',
        category: 'association',
        siren: '732829320',
        siret: '73282932000074',
        billingAddress: { lines: ['3 quai des Arts'], postcode: '69002', city: 'Lyon', countryCode: 'FR' },
        contact: { name: 'Marie Durand', email: 'compta@festival.example' },
      }),
      201,
    );
    const grids = await json(send(sales, 'GET', '/api/sales/grids'), 200);
    if (
      !grids.items.some(
        (grid: { validFrom: string; validTo: string }) =>
          grid.validFrom <= days[0] && days[1] <= grid.validTo,
      )
    )
      await json(send(sales, 'POST', '/api/sales/grids', gridInput()), 201);
    // The sales person, on a phone, builds the quote in the portal: the client, the two days' slots, the hall
    // among the places the builder finds free then, the technician's hours; priced lines and totals; saved.
    const desk = await browser.newContext({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    const builder = await desk.newPage();
    await builder.goto(`${origin}/ventes/devis/nouveau`);
    await signInThroughPortal(builder, 'ventes.demo');
    await builder.getByRole('heading', { name: 'Nouveau devis' }).waitFor({ timeout: 60_000 });
    await builder.getByLabel('Client').selectOption({ label: client.legalName });
    await builder.getByLabel('Objet (facultatif)').fill(title);
    for (const [index, day] of days.entries()) {
      if (index > 0) await builder.getByRole('button', { name: 'Ajouter un créneau' }).click();
      await builder.locator(`#slot-${index}-date`).fill(day);
      await builder.locator(`#slot-${index}-start`).fill('09:00');
      await builder.locator(`#slot-${index}-end`).fill('18:00');
      await builder.getByRole('button', { name: 'Salles libres sur ce créneau' }).nth(index).click();
      const place = builder.locator(`#slot-${index}-place`);
      await place.locator('option', { hasText: hall.name }).waitFor({ state: 'attached', timeout: 60_000 });
      await place.selectOption({ label: hall.name });
    }
    await builder.locator('#extra-technician').fill('16');
    await builder.getByRole('button', { name: 'Calculer le prix' }).click();
    await builder.getByRole('heading', { name: 'Lignes du devis' }).waitFor({ timeout: 60_000 });
    // The totals fit the phone's width: the amount incl. VAT is seen without scrolling sideways.
    const gross = builder.locator('.sales__gross .amount');
    await expect.poll(() => gross.textContent()).toMatch(/\d,\d{2}\s€/);
    const grossBox = await gross.boundingBox();
    expect((grossBox?.x ?? Infinity) + (grossBox?.width ?? 0)).toBeLessThanOrEqual(phone.width);
    await expectNoSidewaysScroll(builder);
    await builder.screenshot({ path: screenshotPath('sales-done-when-builder-phone'), fullPage: true });
    await builder.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

    // The quote's sheet opens: « Envoyer » with the slots held as options in the planning gives the client's link.
    const quoteHeading = builder.getByRole('heading', { name: /^Devis D\d{4}-\d{4}$/ });
    await quoteHeading.waitFor({ timeout: 60_000 });
    const quoteId = decodeURIComponent(new URL(builder.url()).pathname.split('/').pop() ?? '');
    const quote = await json(send(sales, 'GET', `/api/sales/quotes/${encodeURIComponent(quoteId)}`), 200);
    expect(quote.slots).toHaveLength(2);
    expect(quote.lines.map((line: { kind: string }) => line.kind)).toEqual(
      expect.arrayContaining(['place', 'extra']),
    );
    expect(quote.totals.grossCents).toBeGreaterThan(0);
    await builder.getByRole('checkbox', { name: 'Poser les créneaux en option dans le planning' }).check();
    await builder.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const linkField = builder.getByLabel('Lien du client');
    await linkField.waitFor({ timeout: 60_000 });
    await expectNoSidewaysScroll(builder);
    await builder.screenshot({ path: screenshotPath('sales-done-when-sent-phone'), fullPage: true });
    const link = new URL(await linkField.inputValue()).pathname;
    await desk.close();

    // 3. The client, in a browser of their own with no account, on a phone: accepts, signing with their name.
    const clientContext = await browser.newContext({
      viewport: phone,
      locale: 'fr-FR',
      isMobile: true,
      hasTouch: true,
    });
    const offer = await clientContext.newPage();
    await offer.goto(`${origin}${link}`);
    await offer.getByRole('heading', { name: new RegExp(quote.number) }).waitFor({ timeout: 60_000 });
    await expectAccessible(offer);
    await expectNoSidewaysScroll(offer);
    await offer.screenshot({ path: screenshotPath('sales-done-when-offer-phone'), fullPage: true });
    await offer.getByLabel('Votre nom (il vaut signature)').fill('Marie Durand');
    await offer.getByRole('button', { name: 'J’accepte le devis et la convention' }).click();
    await offer
      .getByText('Merci : vous avez accepté le devis et la convention.')
      .waitFor({ timeout: 60_000 });
    await offer.screenshot({ path: screenshotPath('sales-done-when-accepted-phone'), fullPage: true });
    await clientContext.close();

    // 4. The slots are the hall's, in its planning: the sales desk sees them in the hall's week.
    const page = await browser.newPage({ viewport: desktop, locale: 'fr-FR' });
    await page.goto(`${origin}/planning/semaine/place/${encodeURIComponent(hall.id)}?date=${days[0]}`);
    await signInThroughPortal(page, 'ventes.demo');
    // The hold is named after the client and the quote's number (« Festival des Arts (devis D2026-0002) »).
    const held = page.getByText(`(devis ${quote.number})`);
    await held.first().waitFor({ timeout: 60_000 });
    expect(await held.count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: screenshotPath('sales-done-when-planning-desktop'), fullPage: true });

    // 5. The invoice, issued on the accepted quote's sheet (« Facturer », the whole of it): its sheet opens.
    await page.goto(`${origin}/ventes/devis/${encodeURIComponent(quote.quoteId)}`);
    await page.getByRole('heading', { name: 'Factures du devis' }).waitFor({ timeout: 60_000 });
    await page.getByRole('radio', { name: 'Facture (totalité)' }).check();
    await page.getByRole('button', { name: 'Facturer', exact: true }).click();
    const invoiceHeading = page.getByRole('heading', { name: /^Facture F\d{4}-\d{5}$/ });
    await invoiceHeading.waitFor({ timeout: 90_000 });
    const number = ((await invoiceHeading.textContent()) ?? '').replace('Facture ', '');
    const invoiceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath('sales-done-when-invoice-desktop'), fullPage: true });

    // Downloaded as Factur-X from its sheet: a PDF with its CII XML.
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Factur-X (PDF)' }).click();
    const facturX = await download;
    expect(facturX.suggestedFilename()).toBe(`${number}.pdf`);
    const pdf = await readFile((await facturX.path()) ?? '');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xml = embeddedFiles(pdf).find((file) => file.includes('CrossIndustryInvoice'));
    expect(xml, 'the CII XML embedded in the PDF').toBeDefined();
    expect(xml).toContain(number);
    expect(xml).toContain('urn:cen.eu:en16931:2017');

    // « Factures » lists it with its amount in French.
    await page.goto(`${origin}/ventes/factures?etat=issued`);
    await page.getByRole('link', { name: `Facture ${number}` }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByText(/\d,\d{2}\s€/).count()).toBeGreaterThan(0);

    // Its payments page shows it due in full.
    await page.goto(`${origin}/ventes/factures/${encodeURIComponent(invoiceId)}/paiements`);
    await page
      .getByRole('heading', { name: `Paiements de la facture ${number}` })
      .waitFor({ timeout: 60_000 });
    await expectAccessible(page);

    // 6. A credit note, established from the invoice's sheet, cancels it: the invoice takes no payment any more.
    await page.goto(`${origin}/ventes/factures/${encodeURIComponent(invoiceId)}`);
    await page.getByRole('button', { name: 'Établir un avoir' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Établir un avoir' }).click();
    await page.getByRole('heading', { name: /^Avoir A\d{4}-\d{5}$/ }).waitFor({ timeout: 90_000 });
    await page.getByRole('link', { name: `Annule la facture ${number}` }).waitFor();
    await page.goto(`${origin}/ventes/factures/${encodeURIComponent(invoiceId)}/paiements`);
    await page
      .getByText('Cette facture a été annulée par un avoir : elle ne reçoit plus de paiement.')
      .waitFor({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath('sales-done-when-credited-desktop'), fullPage: true });
    await page.close();
  }, 600_000);
});

import { describe, expect, it } from 'vitest';
import { invoiceLines } from '#domain/sales/decide-invoice';
import { ciiXml, ublXml } from '#domain/sales/e-invoice';
import { formatInvoiceNumber, invoiceMentions, invoiceNumberPattern } from '#domain/sales/invoice';
import { renderInvoicePdf } from '#functions/sales/invoice-pdf/invoice-pdf';
import { pdfPages } from '../../support/pdf-text';
import {
  acceptedQuote,
  creditNoteOf,
  epleSeller,
  issuedInvoice,
  publicBodyClient,
} from '../../support/sales-invoices';

describe('invoice numbers', () => {
  it('run per series and year of issue, on five digits', () => {
    expect(formatInvoiceNumber('invoice', '2026-12-07', 1)).toBe('F2026-00001');
    expect(formatInvoiceNumber('deposit', '2027-01-02', 42)).toBe('F2027-00042');
    expect(formatInvoiceNumber('credit-note', '2026-12-07', 3)).toBe('A2026-00003');
    expect(invoiceNumberPattern.test('F2026-00001')).toBe(true);
  });
});

describe('issuing from a quote', () => {
  it('refuses a quote not accepted', () => {
    expect(() => invoiceLines({ ...acceptedQuote(), status: 'sent' }, { kind: 'invoice' }, [])).toThrow(
      /not accepted/,
    );
  });

  it('shares a deposit by VAT rate, and the balance deducts it so that the two make the quote', () => {
    const quote = acceptedQuote();
    const deposit = issuedInvoice({ kind: 'deposit', percent: 30 });
    expect(deposit.lines.map((line) => line.vatRate)).toEqual([20, 5.5]);
    const balance = issuedInvoice({ kind: 'balance' }, { invoices: [deposit] });
    expect(balance.totals.netCents + deposit.totals.netCents).toBe(quote.totals.netCents);
    expect(
      Math.abs(balance.totals.grossCents + deposit.totals.grossCents - quote.totals.grossCents),
    ).toBeLessThanOrEqual(1);
    expect(balance.deductedDeposits?.[0]?.number).toBe(deposit.number);
  });

  it('makes a deposit asked as an amount come to that amount incl. VAT, to the cent', () => {
    for (const amountCents of [10_000, 12_345, 33_333, 99_999]) {
      const deposit = issuedInvoice({ kind: 'deposit', amountCents });
      expect(deposit.totals.grossCents).toBe(amountCents);
    }
  });

  it('refuses a deposit as large as the quote', () => {
    expect(() =>
      invoiceLines(acceptedQuote(), { kind: 'deposit', amountCents: acceptedQuote().totals.grossCents }, []),
    ).toThrow(/Deposits/);
  });

  it('makes an EPLE a draft with no number', () => {
    const draft = issuedInvoice({ kind: 'invoice' }, { seller: epleSeller });
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeUndefined();
  });
});

describe('legal mentions', () => {
  it('name the client’s SIREN, the delivery address, the nature, penalties, the €40 fee and no discount', () => {
    const texts = invoiceMentions(issuedInvoice({ kind: 'invoice' })).map((mention) => mention.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'SIREN du client : 383123452',
        'Adresse de livraison : 12 rue des Lilas, 69003 Lyon',
        'Nature des opérations : prestations de services',
        'En cas de retard de paiement, pénalités exigibles au taux annuel de 10 %',
        'Pas d’escompte pour paiement anticipé',
      ]),
    );
    expect(texts.some((text) => text.startsWith('Indemnité forfaitaire') && text.includes('40,00'))).toBe(
      true,
    );
  });

  it('are printed on the PDF, in French', async () => {
    const invoice = issuedInvoice({ kind: 'invoice' });
    const text = (await pdfPages(await renderInvoicePdf(invoice))).join(' ');
    expect(text).toContain(`Facture n° ${invoice.number}`);
    expect(text).toContain('SIREN 775678907');
    expect(text).toContain('Pas d’escompte pour paiement anticipé');
    expect(text).toContain('Total TTC à payer');
  });
});

describe('electronic forms', () => {
  it('carry a public body’s Chorus Pro service code and commitment number', async () => {
    const xml = await ciiXml(issuedInvoice({ kind: 'invoice' }, { quote: acceptedQuote(publicBodyClient) }));
    expect(xml).toContain('<ram:BuyerReference>CULTURE-01</ram:BuyerReference>');
    expect(xml).toContain('<ram:IssuerAssignedID>EJ-2026-0042</ram:IssuerAssignedID>');
  });

  it('make a credit note a UBL CreditNote that refers to the invoice it cancels', async () => {
    const invoice = issuedInvoice({ kind: 'invoice' });
    const xml = await ublXml(creditNoteOf(invoice));
    expect(xml).toContain('<CreditNote');
    expect(xml).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(xml).toContain(`<cbc:ID>${invoice.number}</cbc:ID>`);
  });
});

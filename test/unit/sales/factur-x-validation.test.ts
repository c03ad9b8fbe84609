import { describe, expect, it } from 'vitest';
import { ciiXml } from '#domain/sales/e-invoice';
import type { Invoice } from '#domain/sales/invoice';
import { en16931Rules, failedRules, frenchRules, xsdProblems } from '../../support/factur-x-validation';
import {
  acceptedQuote,
  creditNoteOf,
  epleSeller,
  issuedInvoice,
  publicBodyClient,
} from '../../support/sales-invoices';

/**
 * Every electronic invoice Préau makes passes the official Factur-X 1.09 checks: the EN16931 profile's schema and
 * its business rules (0 failed rules), and the French rules of the 2026 reform's flux 2 (the ones that apply).
 */
const deposit = issuedInvoice({ kind: 'deposit', percent: 30 });
const documents: [string, Invoice][] = [
  ['an invoice', issuedInvoice({ kind: 'invoice' })],
  ['a deposit', deposit],
  ['a balance', issuedInvoice({ kind: 'balance' }, { invoices: [deposit] })],
  ['a credit note', creditNoteOf(issuedInvoice({ kind: 'invoice' }))],
  [
    'a public body’s invoice through Chorus Pro',
    issuedInvoice({ kind: 'invoice' }, { quote: acceptedQuote(publicBodyClient) }),
  ],
  ['an EPLE’s draft', issuedInvoice({ kind: 'invoice' }, { seller: epleSeller })],
];

describe('Factur-X validation', () => {
  it.each(documents)('%s follows the Factur-X EN16931 schema', async (_name, invoice) => {
    expect(await xsdProblems(await ciiXml(invoice))).toEqual([]);
  });

  it.each(documents)(
    '%s breaks none of the EN16931 business rules',
    { timeout: 180_000 },
    async (_name, invoice) => {
      expect(failedRules(await ciiXml(invoice), en16931Rules)).toEqual([]);
    },
  );

  it.each(documents)(
    '%s breaks none of the French rules that apply',
    { timeout: 180_000 },
    async (_name, invoice) => {
      expect(failedRules(await ciiXml(invoice), frenchRules)).toEqual([]);
    },
  );
});

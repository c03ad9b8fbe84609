import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '#domain/sales/sales';
import { toQuoteItem } from '#functions/sales/adapters/dynamo-sales';
import { acceptedQuote, companyClient, epleSeller } from '../../support/sales-invoices';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

const sellerOf = ({ legalStatus: _status, address: _address, ...seller }: typeof epleSeller) => seller;

/**
 * An EPLE issues its legal invoices in its state accounting software: Préau makes a draft without a number,
 * exports it (CSV, Factur-X, UBL), then records the number the accounting gave (once, and only on a draft).
 * A school of its own process: the local platform's handlers read one school's environment.
 */
describe('sales invoices of an EPLE: drafts numbered by its accounting', () => {
  let college: SchoolUnderTest;

  const putAcceptedQuote = async (): Promise<Quote> => {
    const quote: Quote = { ...acceptedQuote(companyClient), quoteId: 'quote-eple-1' };
    await college.documents.send(
      new PutCommand({
        TableName: college.tableName,
        Item: toQuoteItem(quote),
      }),
    );
    return quote;
  };

  const download = async (path: string) => {
    const token = await college.signIn('ventes.demo');
    const response = await fetch(`${college.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return new TextDecoder().decode(await response.arrayBuffer());
  };

  beforeAll(async () => {
    college = await startSchoolUnderTest(
      { address: ['3 avenue Jean-Jaurès', '29200 Brest'], legalStatus: 'eple', seller: sellerOf(epleSeller) },
      { signedInAs: 'ventes.demo' },
    );
  }, 120_000);

  afterAll(async () => college?.stop());

  it('makes an EPLE a draft without a number, exports it, then records the number its accounting gave', async () => {
    const quote = await putAcceptedQuote();
    const { status, body: draft } = await college.request(
      'POST',
      `/api/sales/quotes/${quote.quoteId}/invoices`,
      { kind: 'invoice' },
    );
    expect(status).toBe(201);
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeUndefined();
    expect(await download(`/api/sales/invoices/${draft.invoiceId}/csv`)).toContain(draft.draftReference);
    expect(await download(`/api/sales/invoices/${draft.invoiceId}/ubl`)).toContain(
      `<cbc:ID>${draft.draftReference}</cbc:ID>`,
    );

    const numbered = await college.request('PUT', `/api/sales/invoices/${draft.invoiceId}/external-number`, {
      externalNumber: 'FAC-2026-118',
    });
    expect(numbered.status).toBe(200);
    expect(numbered.body.status).toBe('issued');
    expect(numbered.body.externalNumber).toBe('FAC-2026-118');
    const again = await college.request('PUT', `/api/sales/invoices/${draft.invoiceId}/external-number`, {
      externalNumber: 'FAC-2026-119',
    });
    expect(again.status).toBe(409);
  }, 120_000);
});

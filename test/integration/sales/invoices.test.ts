import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '#domain/sales/invoice';
import type { Quote } from '#domain/sales/sales';
import { toQuoteItem } from '#functions/sales/adapters/dynamo-sales';
import { salesKeys } from '#infra/definitions/school-table';
import { pdfAttachments } from '../../support/pdf-attachments';
import {
  acceptedQuote,
  associationSeller,
  companyClient,
  publicBodyClient,
} from '../../support/sales-invoices';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

const sellerOf = ({ legalStatus: _status, address: _address, ...seller }: typeof associationSeller) => seller;

/**
 * Invoices against DynamoDB Local through the handlers: issued from an accepted quote with the next number, read
 * back, never changed, cancelled by a credit note; 50 issued at the same moment numbered 1 to 50; an EPLE's draft
 * numbered by its accounting; the rights of the sales desk, of others, and of another school.
 */
describe('sales invoices: issued, numbered without a gap, credited', () => {
  let school: SchoolUnderTest;
  let sales: Request;
  let teacher: Request;
  let quoteCount = 0;

  /** An accepted quote in the school's table, as S1 and S2 store it. */
  const putAcceptedQuote = async (target: SchoolUnderTest, client = companyClient): Promise<Quote> => {
    quoteCount += 1;
    const quote: Quote = {
      ...acceptedQuote(client),
      quoteId: `quote-${quoteCount}-${Math.random().toString(36).slice(2, 8)}`,
      number: `D2026-${String(quoteCount).padStart(4, '0')}`,
    };
    await target.documents.send(
      new PutCommand({
        TableName: target.tableName,
        Item: toQuoteItem(quote),
      }),
    );
    return quote;
  };

  const download = async (target: SchoolUnderTest, username: string, path: string) => {
    const token = await target.signIn(username);
    const response = await fetch(`${target.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest(
      {
        kind: 'conservatoire',
        address: ['12 rue des Lilas', '69003 Lyon'],
        legalStatus: 'association',
        seller: sellerOf(associationSeller),
      },
      { signedInAs: 'ventes.demo' },
    );
    sales = school.request;
    teacher = await school.as('prof.demo');
  }, 300_000);

  afterAll(async () => school?.stop());

  it('issues an invoice of an accepted quote with the first number of the year, and reads it back', async () => {
    const quote = await putAcceptedQuote(school);
    const issued = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'invoice' });
    expect(issued.status).toBe(201);
    const invoice = issued.body as Invoice;
    expect(invoice.number).toMatch(/^F2026-\d{5}$/);
    expect(invoice.totals).toEqual(quote.totals);
    expect(invoice.seller.siren).toBe(associationSeller.siren);
    expect(invoice.status).toBe('issued');

    const read = await sales('GET', `/api/sales/invoices/${invoice.invoiceId}`);
    expect(read.status).toBe(200);
    expect(read.body.number).toBe(invoice.number);

    // A second whole invoice of the same quote is refused.
    const again = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'invoice' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('quote_already_invoiced');

    const list = await sales('GET', '/api/sales/invoices?status=issued');
    expect(list.body.invoices.map((each: Invoice) => each.invoiceId)).toContain(invoice.invoiceId);
  });

  it('downloads the invoice as Factur-X (a PDF with factur-x.xml inside), UBL, CII and CSV', async () => {
    const quote = await putAcceptedQuote(school, publicBodyClient);
    const { body: invoice } = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, {
      kind: 'invoice',
    });
    const facturX = await download(
      school,
      'ventes.demo',
      `/api/sales/invoices/${invoice.invoiceId}/factur-x`,
    );
    expect(facturX.status).toBe(200);
    expect(facturX.type).toContain('application/pdf');
    const attachments = await pdfAttachments(facturX.bytes);
    expect([...attachments.keys()]).toContain('factur-x.xml');
    const embedded = new TextDecoder().decode(attachments.get('factur-x.xml'));
    expect(embedded).toContain(`<ram:ID>${invoice.number}</ram:ID>`);
    expect(embedded).toContain('CULTURE-01');

    const ubl = await download(school, 'ventes.demo', `/api/sales/invoices/${invoice.invoiceId}/ubl`);
    expect(new TextDecoder().decode(ubl.bytes)).toContain(`<cbc:ID>${invoice.number}</cbc:ID>`);
    const cii = await download(school, 'ventes.demo', `/api/sales/invoices/${invoice.invoiceId}/cii`);
    expect(new TextDecoder().decode(cii.bytes)).toContain(
      '<ram:BuyerReference>CULTURE-01</ram:BuyerReference>',
    );
    const csv = await download(school, 'ventes.demo', `/api/sales/invoices/${invoice.invoiceId}/csv`);
    expect(new TextDecoder().decode(csv.bytes)).toContain('EJ-2026-0042');
  }, 60_000);

  it('never changes an issued invoice; a credit note cancels it, once', async () => {
    const quote = await putAcceptedQuote(school);
    const { body: invoice } = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, {
      kind: 'invoice',
    });
    // An issued invoice refuses an external number: only drafts take one.
    const renumber = await sales('PUT', `/api/sales/invoices/${invoice.invoiceId}/external-number`, {
      externalNumber: 'X-1',
    });
    expect(renumber.status).toBe(409);

    const credited = await sales('POST', `/api/sales/invoices/${invoice.invoiceId}/credit-note`);
    expect(credited.status).toBe(201);
    expect(credited.body.number).toMatch(/^A2026-\d{5}$/);
    expect(credited.body.cancels.invoiceId).toBe(invoice.invoiceId);
    expect(credited.body.totals).toEqual(invoice.totals);
    const cancelled = await sales('GET', `/api/sales/invoices/${invoice.invoiceId}`);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.cancelledBy.invoiceId).toBe(credited.body.invoiceId);
    expect(cancelled.body.number).toBe(invoice.number);

    const twice = await sales('POST', `/api/sales/invoices/${invoice.invoiceId}/credit-note`);
    expect(twice.status).toBe(409);
    // Once credited, the quote can be invoiced again.
    const reissued = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'invoice' });
    expect(reissued.status).toBe(201);
  });

  it('issues a deposit then the balance, which deducts it', async () => {
    const quote = await putAcceptedQuote(school);
    const balanceFirst = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, {
      kind: 'balance',
    });
    expect(balanceFirst.body.error.code).toBe('no_deposit_to_balance');
    const deposit = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, {
      kind: 'deposit',
      percent: 30,
    });
    expect(deposit.status).toBe(201);
    const whole = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'invoice' });
    expect(whole.body.error.code).toBe('quote_has_deposit');
    const balance = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'balance' });
    expect(balance.status).toBe(201);
    expect(
      Math.abs(balance.body.totals.grossCents + deposit.body.totals.grossCents - quote.totals.grossCents),
    ).toBeLessThanOrEqual(2);
  });

  it('lists a quote’s invoices by its quoteId, whatever their period, and no other quote’s', async () => {
    const quote = await putAcceptedQuote(school);
    const other = await putAcceptedQuote(school);
    await sales('POST', `/api/sales/quotes/${other.quoteId}/invoices`, { kind: 'invoice' });
    const deposit = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, {
      kind: 'deposit',
      amountCents: 10_000,
    });
    expect(deposit.status).toBe(201);
    expect(deposit.body.totals.grossCents).toBe(10_000);
    const balance = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'balance' });

    const list = await sales('GET', `/api/sales/invoices?quoteId=${quote.quoteId}`);
    expect(list.status).toBe(200);
    expect(list.body.invoices.map((each: Invoice) => each.invoiceId).sort()).toEqual(
      [deposit.body.invoiceId, balance.body.invoiceId].sort(),
    );
    const deposits = await sales('GET', `/api/sales/invoices?quoteId=${quote.quoteId}&status=issued`);
    expect(deposits.body.invoices).toHaveLength(2);
    const cancelledOnly = await sales('GET', `/api/sales/invoices?quoteId=${quote.quoteId}&status=cancelled`);
    expect(cancelledOnly.body.invoices).toEqual([]);
    const badId = await sales('GET', '/api/sales/invoices?quoteId=not%20an%20id%20%2F');
    expect(badId.status).toBe(400);
    expect(JSON.stringify(badId.body)).toContain('quoteId');
  });

  it('gives 50 invoices issued at the same moment 50 consecutive numbers, no gap, no duplicate', async () => {
    const quotes = await Promise.all(Array.from({ length: 50 }, () => putAcceptedQuote(school)));
    const before = await school.documents.send(
      new GetCommand({
        TableName: school.tableName,
        Key: salesKeys.counter('invoice', '2026'),
        ConsistentRead: true,
      }),
    );
    const first = Number(before.Item?.value ?? 0) + 1;
    const answers = await Promise.all(
      quotes.map((quote) =>
        sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'invoice' }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
    const numbers = answers
      .map((answer) => Number(String(answer.body.number).slice(6)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, index) => first + index));
  }, 180_000);

  it('refuses invoicing to those without the right, and answers 404 for another school’s invoice', async () => {
    const quote = await putAcceptedQuote(school);
    const refused = await teacher('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, { kind: 'invoice' });
    expect(refused.status).toBe(403);
    const { body: invoice } = await sales('POST', `/api/sales/quotes/${quote.quoteId}/invoices`, {
      kind: 'invoice',
    });
    expect((await teacher('GET', `/api/sales/invoices/${invoice.invoiceId}`)).status).toBe(403);

    // Another school's invoice is not in this school's table: its id answers as an unknown one.
    expect((await sales('GET', '/api/sales/invoices/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  }, 300_000);
});

import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Actor } from '#domain/identity/actor';
import { documentNumber } from '#domain/sales/invoice';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { requireEnv } from '#functions/lib/env';
import { put, writeRequests } from '#functions/lib/write-requests';
import { functionEnvironment, localResourceNames } from '#infra/definitions/environment';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { acceptedQuote, associationSeller } from '../support/sales-invoices';
import { issuedInvoiceItem } from '../support/sales-payments';
import { countingDynamoCalls } from './call-count';
import { startDemoYearSchool } from './demo-year-school';
import { type Figure, writeFigures } from './figures';

const runs = 20;

/**
 * `count` accepted quotes put in the table as S1's store keeps them, then as many invoices issued at the same
 * moment through S3's use case (its counter item in each invoice's transaction): the numbers given and the time.
 */
const issueAtOnce = async (count: number, actor: Actor): Promise<{ numbers: string[]; ms: number }> => {
  const { invoicePorts } = await import('#functions/sales/adapters/invoice-ports');
  const { issueInvoice } = await import('#domain/sales/issue-invoice');
  const { toQuoteItem } = await import('#functions/sales/adapters/dynamo-sales');
  const { documentClient } = await import('#functions/lib/clients/dynamodb');
  const table = requireEnv(functionEnvironment.tableName);
  const quotes = Array.from({ length: count }, (_, index) => ({
    ...acceptedQuote(),
    quoteId: `bench-quote-${index}`,
    number: `D2026-${String(index + 1).padStart(4, '0')}`,
  }));
  await writeRequests(
    table,
    quotes.map((quote) => put(toQuoteItem(quote))),
    { client: documentClient },
  );
  const ports = { ...invoicePorts, seller: associationSeller };
  const started = performance.now();
  const issued = await Promise.all(
    quotes.map((quote) => issueInvoice(quote.quoteId, { kind: 'invoice' }, actor, ports)),
  );
  const ms = performance.now() - started;
  return { numbers: issued.map((invoice) => documentNumber(invoice)), ms };
};

/** The issue's target: 50 invoices issued at the same moment get 50 consecutive numbers. */
const atOnce = 50;
/** Open invoices in the overdue index: a busy year of rentals, most of them not yet due. */
const openInvoices = 300;

/**
 * The sales module's figures (issue 18), on DynamoDB Local through the functions' code: 50 invoices issued at the
 * same moment (their numbers: consecutive, no gap, no duplicate; the time), recording a payment (one
 * transaction), the overdue list (one query).
 */
export const benchSales = async () => {
  const demo = await startDemoYearSchool('bench-sales');
  const { school } = demo;
  try {
    const { documentClient } = await import('#functions/lib/clients/dynamodb');
    const { paymentPorts } = await import('#functions/sales/adapters/payment-ports');
    const { recordPayment } = await import('#domain/sales/record-payment');
    const { listOverdue } = await import('#domain/sales/overdue');
    const table = localResourceNames(school.id).table;
    const documents = DynamoDBDocumentClient.from(
      localDynamoDbClient({ dynamodb: process.env.AWS_ENDPOINT_URL_DYNAMODB as string }),
      { marshallOptions: { removeUndefinedValues: true } },
    );
    const actor: Actor = {
      personId: 'bench-sales',
      username: 'bench',
      firstName: 'Bench',
      lastName: 'Ventes',
      profiles: ['sales'],
    };

    const measure = countingDynamoCalls(documentClient, runs);

    // 1. 50 invoices issued at the same moment, from 50 accepted quotes.
    const issued = await issueAtOnce(atOnce, actor);
    const counters = issued.numbers
      .map((number) => Number(number.slice(number.indexOf('-') + 1)))
      .sort((a, b) => a - b);
    const duplicates = counters.length - new Set(counters).size;
    const first = counters[0] ?? 0;
    const gaps = counters.reduce((sum, counter, index) => sum + (counter === first + index ? 0 : 1), 0);

    // 2. The open invoices of a year, a third past due, for the payments and the overdue list.
    const today = todayInZone(new Date(), school.timeZone);
    const items = Array.from({ length: openInvoices }, (_, index) =>
      issuedInvoiceItem({
        invoiceId: `bench-invoice-${index}`,
        dueDate: plusDays(today, index % 3 === 0 ? -(index % 40) - 1 : (index % 60) + 1),
        grossCents: 1_000_000,
      }),
    );
    await writeRequests(table, items.map(put), { client: documents });

    const payable = items[1] as (typeof items)[number];
    const payment = await measure(() =>
      recordPayment(payable.invoiceId, { date: today, amountCents: 100, means: 'transfer' }, actor, {
        ...paymentPorts,
        newId: randomUUID,
      }),
    );
    const overdue = await measure(() => listOverdue(actor, paymentPorts));
    const overdueCount = (await listOverdue(actor, paymentPorts)).items.length;

    console.log(
      `\nSales: ${atOnce} invoices issued at once in ${issued.ms.toFixed(0)} ms: ${gaps} gaps, ${duplicates} ` +
        `duplicates (${issued.numbers[0]} … ${issued.numbers.at(-1)}); ${openInvoices} open invoices, ` +
        `${overdueCount} overdue`,
    );
    console.table({
      'recording a payment': {
        'DynamoDB calls': payment.calls,
        commands: payment.commands,
        ms: payment.ms.toFixed(1),
      },
      [`the overdue list (${overdueCount} invoices)`]: {
        'DynamoDB calls': overdue.calls,
        commands: overdue.commands,
        ms: overdue.ms.toFixed(1),
      },
    });
    const transactions = Number(/([\d.]+) TransactWriteItemsCommand/.exec(payment.commands)?.[1] ?? 0);
    const queries = Number(/([\d.]+) QueryCommand/.exec(overdue.commands)?.[1] ?? 0);
    const figures: Figure[] = [
      {
        figure: `${atOnce} invoices issued at once: numbers given`,
        value: issued.numbers.length,
        unit: 'invoices',
        target: `= ${atOnce}`,
      },
      { figure: `${atOnce} invoices issued at once: gaps`, value: gaps, unit: 'gaps', target: '= 0' },
      {
        figure: `${atOnce} invoices issued at once: duplicates`,
        value: duplicates,
        unit: 'duplicates',
        target: '= 0',
      },
      {
        figure: `${atOnce} invoices issued at once: time`,
        value: Number(issued.ms.toFixed(0)),
        unit: 'ms',
        target: null,
      },
      {
        figure: 'recording a payment: transactions',
        value: transactions,
        unit: 'transactions',
        target: '= 1',
      },
      { figure: 'recording a payment: DynamoDB calls', value: payment.calls, unit: 'calls', target: null },
      { figure: 'recording a payment: time', value: Number(payment.ms.toFixed(1)), unit: 'ms', target: null },
      { figure: 'the overdue list: queries', value: queries, unit: 'queries', target: '= 1' },
      { figure: 'the overdue list: DynamoDB calls', value: overdue.calls, unit: 'calls', target: null },
      { figure: 'the overdue list: time', value: Number(overdue.ms.toFixed(1)), unit: 'ms', target: null },
    ];
    await writeFigures('sales', figures);
  } finally {
    await demo.stop();
  }
};

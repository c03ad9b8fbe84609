import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { caughtMails } from '#infra/local/mail-catcher';
import { csvRows } from '../../support/csv';
import { outboxEvents } from '../../support/outbox-events';
import { issuedInvoiceItem } from '../../support/sales-payments';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * Payments against issued invoices, through the handlers on DynamoDB Local: the balance moves in the payment's
 * transaction, a payment above it is refused (two racing payments too), a cancelled invoice takes none, a payment
 * is cancelled once by a reversal; the daily reminders mail the client once per step (the mail catcher); the
 * journal's CSV for French Excel.
 */
describe('payments, the overdue list and the sales journal', () => {
  let school: SchoolUnderTest;
  let sales: Request;
  let teacher: Request;
  const mailCatcher = inject('mailCatcher');
  const today = todayInZone(new Date(), 'Europe/Paris');

  const invoice = async (overrides: Parameters<typeof issuedInvoiceItem>[0] = {}) => {
    const item = issuedInvoiceItem(overrides);
    await school.documents.send(new PutCommand({ TableName: school.tableName, Item: item }));
    return item;
  };
  const pay = (invoiceId: string, amountCents: number, extra: Record<string, unknown> = {}) =>
    sales('POST', `/api/sales/invoices/${invoiceId}/payments`, {
      date: today,
      amountCents,
      means: 'transfer',
      ...extra,
    });

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'ventes.demo' });
    sales = school.request;
    teacher = await school.as('prof.demo');
  }, 120_000);
  afterAll(() => school?.stop());

  it('records a payment: the balance moves with it, listed, announced and audited', async () => {
    const { invoiceId, number } = await invoice({ grossCents: 240_000 });
    const paid = await pay(invoiceId, 100_000, { reference: 'VIR 2026-118' });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ paidCents: 100_000, balanceCents: 140_000 });
    const listed = await sales('GET', `/api/sales/invoices/${invoiceId}/payments`);
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({
      number,
      grossCents: 240_000,
      paidCents: 100_000,
      balanceCents: 140_000,
    });
    expect(listed.body.payments).toMatchObject([
      { kind: 'payment', amountCents: 100_000, means: 'transfer', reference: 'VIR 2026-118', date: today },
    ]);
    const events = await outboxEvents(school, 'PaymentRecorded');
    expect(events).toContainEqual(
      expect.objectContaining({ invoiceId, amountCents: 100_000, balanceCents: 140_000 }),
    );
  });

  it('refuses a payment above the balance, with the balance, and writes nothing', async () => {
    const { invoiceId } = await invoice({ grossCents: 50_000 });
    const above = await pay(invoiceId, 50_001);
    expect(above.status).toBe(409);
    expect(above.body.error.code).toBe('overpayment');
    expect((await pay(invoiceId, 50_000)).body.balanceCents).toBe(0);
    expect((await pay(invoiceId, 1)).body.error.code).toBe('overpayment');
    const listed = await sales('GET', `/api/sales/invoices/${invoiceId}/payments`);
    expect(listed.body.payments).toHaveLength(1);
  });

  it('lets two payments racing for one balance never overpay: one is recorded, the other refused', async () => {
    const { invoiceId } = await invoice({ grossCents: 100_000 });
    const answers = await Promise.all(Array.from({ length: 4 }, () => pay(invoiceId, 60_000)));
    expect(answers.map(({ status }) => status).sort()).toEqual([201, 409, 409, 409]);
    const listed = await sales('GET', `/api/sales/invoices/${invoiceId}/payments`);
    expect(listed.body).toMatchObject({ paidCents: 60_000, balanceCents: 40_000 });
    // Four payments that fit together all go in, whatever their order.
    const fitting = await Promise.all(Array.from({ length: 4 }, () => pay(invoiceId, 10_000)));
    expect(fitting.map(({ status }) => status)).toEqual([201, 201, 201, 201]);
    const after = await sales('GET', `/api/sales/invoices/${invoiceId}/payments`);
    expect(after.body).toMatchObject({ paidCents: 100_000, balanceCents: 0 });
  });

  it('refuses a payment on an invoice a credit note cancelled, and on an unknown invoice', async () => {
    const { invoiceId } = await invoice({ status: 'cancelled' });
    const refused = await pay(invoiceId, 100);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('invoice_cancelled');
    expect((await pay(randomUUID(), 100)).status).toBe(404);
  });

  it('cancels a payment once, by a reversal that gives its amount back', async () => {
    const { invoiceId } = await invoice({ grossCents: 30_000 });
    const paid = await pay(invoiceId, 30_000, { means: 'cheque', reference: 'CHQ 8812' });
    const paymentId = paid.body.payment.paymentId;
    const path = `/api/sales/invoices/${invoiceId}/payments/${paymentId}/cancellation`;
    const [first, second] = await Promise.all([sales('POST', path), sales('POST', path)]);
    expect([first?.status, second?.status].sort()).toEqual([201, 409]);
    const listed = await sales('GET', `/api/sales/invoices/${invoiceId}/payments`);
    expect(listed.body).toMatchObject({ paidCents: 0, balanceCents: 30_000 });
    expect(listed.body.payments).toMatchObject([
      { kind: 'payment', amountCents: 30_000, reversedBy: expect.any(String) },
      { kind: 'reversal', amountCents: -30_000, reverses: paymentId },
    ]);
  });

  it('keeps payments to the sales desk and the head of school', async () => {
    const { invoiceId } = await invoice();
    expect((await teacher('GET', `/api/sales/invoices/${invoiceId}/payments`)).status).toBe(403);
    expect((await teacher('GET', '/api/sales/overdue')).status).toBe(403);
    expect(
      (
        await teacher('POST', `/api/sales/invoices/${invoiceId}/payments`, {
          date: today,
          amountCents: 1,
          means: 'cash',
        })
      ).status,
    ).toBe(403);
  });

  it('reminds the client of an overdue invoice by mail once per step, and lists it for staff', async () => {
    const email = `compta-${randomUUID().slice(0, 8)}@festival.example`;
    const late = await invoice({ dueDate: plusDays(today, -10), grossCents: 123_450, email });
    const later = await invoice({ dueDate: plusDays(today, -40), grossCents: 99_900, email });
    const notYet = await invoice({ dueDate: plusDays(today, -3), email });
    const paidUp = await invoice({ dueDate: plusDays(today, -20), email, grossCents: 10_000 });
    expect((await pay(paidUp.invoiceId, 10_000)).status).toBe(201);

    const remind = (await import('#functions/sales/remind-overdue')).handler;
    await Promise.all([remind({}, {} as never), remind({}, {} as never)]);
    await remind({}, {} as never);

    const mails = (await caughtMails(mailCatcher)).filter((mail) =>
      mail.destination.to.some((to) => to.includes(email)),
    );
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      `Rappel : facture ${late.number} à régler`,
      `Second rappel : facture ${later.number} impayée`,
    ]);
    const first = mails.find((mail) => mail.subject.includes(late.number));
    expect(first?.body.text).toMatch(/Montant restant dû : 1\s234,50\s€/);
    expect(first?.body.text).toContain(`échue le ${late.dueDate.split('-').reverse().join('/')}`);
    expect(first?.body.text).toContain('Conditions de paiement : Paiement à 30 jours');

    const overdue = await sales('GET', '/api/sales/overdue');
    expect(overdue.status).toBe(200);
    const listed = overdue.body.items.filter((item: { invoiceId: string }) =>
      [late, later, notYet, paidUp].some(({ invoiceId }) => invoiceId === item.invoiceId),
    );
    expect(listed.map((item: { number: string }) => item.number)).toEqual([
      later.number,
      late.number,
      notYet.number,
    ]);
    expect(listed[0]).toMatchObject({ followUp: true, reminders: { second: expect.any(String) } });
    expect(listed[1]).toMatchObject({ followUp: false, reminders: { first: expect.any(String) } });
    expect(listed[2].reminders).toEqual({});
  });

  it('exports the journal of a period for French Excel, and its payments', async () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const march = await invoice({ issueDate: '2026-03-10', grossCents: 120_000, siren: '732829320' });
    await invoice({ issueDate: '2026-04-02' });
    await school.documents.send(
      new PutCommand({
        TableName: school.tableName,
        Item: issuedInvoiceItem({
          kind: 'credit-note',
          issueDate: '2026-03-20',
          grossCents: 120_000,
          cancels: march.invoiceId,
        }),
      }),
    );
    await pay(march.invoiceId, 20_000, { date: '2026-03-15', means: 'cheque', reference: 'CHQ 1' });

    const token = await school.signIn('ventes.demo');
    const download = (query: string) =>
      fetch(`${school.url}/api/sales/journal?${query}`, { headers: { authorization: `Bearer ${token}` } });
    const journal = await download(`from=${period.from}&to=${period.to}`);
    expect(journal.status).toBe(200);
    expect(journal.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await journal.arrayBuffer());
    // The byte order mark French Excel needs to read UTF-8 (fetch's text() would drop it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [headers, ...lines] = csvRows(text);
    expect(headers).toEqual([
      'Date',
      'Numéro',
      'Type',
      'Client',
      'SIREN',
      'Montant HT',
      'Base TVA 20 %',
      'TVA 20 %',
      'Total TVA',
      'Montant TTC',
      'Statut',
    ]);
    expect(lines).toEqual([
      [
        '10/03/2026',
        march.number,
        'Facture',
        'Festival des Arts',
        '732829320',
        '1000,00',
        '1000,00',
        '200,00',
        '200,00',
        '1200,00',
        'Payée en partie',
      ],
      [
        expect.stringMatching(/^20\/03\/2026$/),
        expect.stringMatching(/^A/),
        'Avoir',
        'Festival des Arts',
        '',
        '-1000,00',
        '-1000,00',
        '-200,00',
        '-200,00',
        '-1200,00',
        'Émise',
      ],
    ]);

    const payments = await download(`from=${period.from}&to=${period.to}&part=payments`);
    expect(csvRows(await payments.text())).toEqual([
      ['Date', 'Facture', 'Type', 'Moyen de paiement', 'Référence', 'Montant'],
      ['15/03/2026', march.number, 'Paiement', 'Chèque', 'CHQ 1', '200,00'],
    ]);
    const reversed = await sales('GET', `/api/sales/journal?from=${period.to}&to=${period.from}`);
    expect(reversed.status).toBe(400);
  });
});

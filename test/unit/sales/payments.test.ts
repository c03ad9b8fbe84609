import { describe, expect, it } from 'vitest';
import { decidePayment, decideReversal, needsFollowUp, reminderDue } from '#domain/sales/decide-payment';
import type { PayableInvoice } from '#domain/sales/payment';
import { paymentInputSchema } from '#domain/sales/payment';
import { frenchEuros, reminderMail } from '#domain/sales/reminder-mail';
import { excelAmount, invoiceJournal, paymentJournal } from '#domain/sales/sales-journal';
import { ConflictError } from '#domain/shared/errors';

const invoice = (overrides: Partial<PayableInvoice> = {}): PayableInvoice => ({
  invoiceId: 'inv-1',
  number: 'F2026-0007',
  kind: 'invoice',
  status: 'issued',
  grossCents: 240_000,
  paidCents: 0,
  balanceCents: 240_000,
  issueDate: '2026-11-02',
  dueDate: '2026-12-02',
  clientId: 'client-1',
  clientName: 'Festival des Arts',
  clientEmail: 'compta@festival.example',
  ...overrides,
});
const recorded = { paymentId: 'pay-1', at: '2026-12-07T10:00:00.000Z', by: 'staff-1' };

describe('a payment against an invoice', () => {
  it('lowers the balance and raises the paid amount by its amount', () => {
    const decision = decidePayment(
      invoice(),
      { date: '2026-12-05', amountCents: 100_000, means: 'transfer', reference: 'VIR 123' },
      recorded,
    );
    expect(decision).toMatchObject({
      paidCents: 100_000,
      balanceCents: 140_000,
      entry: { kind: 'payment', amountCents: 100_000, means: 'transfer', invoiceNumber: 'F2026-0007' },
    });
  });

  it('may pay the balance exactly, and not a cent more (overpayment, with the balance)', () => {
    const partly = invoice({ paidCents: 200_000, balanceCents: 40_000 });
    expect(
      decidePayment(partly, { date: '2026-12-05', amountCents: 40_000, means: 'cheque' }, recorded)
        .balanceCents,
    ).toBe(0);
    const above = () =>
      decidePayment(partly, { date: '2026-12-05', amountCents: 40_001, means: 'cheque' }, recorded);
    expect(above).toThrow(ConflictError);
    expect(above).toThrow(
      expect.objectContaining({ code: 'overpayment', details: { balanceCents: 40_000 } }),
    );
  });

  it('is refused on an invoice a credit note cancelled, on a credit note, and on a draft not yet issued', () => {
    const input = { date: '2026-12-05', amountCents: 100, means: 'cash' } as const;
    expect(() => decidePayment(invoice({ status: 'cancelled' }), input, recorded)).toThrow(
      expect.objectContaining({ code: 'invoice_cancelled' }),
    );
    expect(() => decidePayment(invoice({ kind: 'credit-note' }), input, recorded)).toThrow(
      expect.objectContaining({ code: 'not_payable' }),
    );
    expect(() => decidePayment(invoice({ status: 'draft' }), input, recorded)).toThrow(
      expect.objectContaining({ code: 'draft_not_payable' }),
    );
  });

  it('is cancelled by a reversal entry that gives the amount back, once', () => {
    const paid = invoice({ paidCents: 100_000, balanceCents: 140_000 });
    const payment = decidePayment(
      invoice(),
      { date: '2026-12-05', amountCents: 100_000, means: 'cheque' },
      recorded,
    ).entry;
    const reversal = decideReversal(paid, payment, { ...recorded, paymentId: 'rev-1', date: '2026-12-07' });
    expect(reversal).toMatchObject({
      paidCents: 0,
      balanceCents: 240_000,
      entry: { kind: 'reversal', amountCents: -100_000, reverses: 'pay-1' },
    });
    expect(() =>
      decideReversal(paid, { ...payment, reversedBy: 'rev-1' }, { ...recorded, date: '2026-12-07' }),
    ).toThrow(expect.objectContaining({ code: 'payment_already_cancelled' }));
    expect(() => decideReversal(paid, reversal.entry, { ...recorded, date: '2026-12-07' })).toThrow(
      expect.objectContaining({ code: 'payment_already_cancelled' }),
    );
  });

  it('takes whole cents above zero, a known means, a date that exists, and nothing else', () => {
    const ok = { date: '2026-12-05', amountCents: 1, means: 'mandate' };
    expect(paymentInputSchema.safeParse(ok).success).toBe(true);
    for (const wrong of [
      { ...ok, amountCents: 0 },
      { ...ok, amountCents: 10.5 },
      { ...ok, means: 'bitcoin' },
      { ...ok, date: '2026-02-30' },
      { ...ok, extra: true },
    ])
      expect(paymentInputSchema.safeParse(wrong).success).toBe(false);
  });
});

describe('the reminders of an unpaid invoice', () => {
  it('sends none before due + 7 days, the first from then, the second from due + 30', () => {
    expect(reminderDue(invoice(), '2026-12-08')).toBeUndefined();
    expect(reminderDue(invoice(), '2026-12-09')).toBe('first');
    expect(
      reminderDue(invoice({ reminders: { first: '2026-12-09T06:00:00Z' } }), '2026-12-20'),
    ).toBeUndefined();
    expect(reminderDue(invoice({ reminders: { first: '2026-12-09T06:00:00Z' } }), '2027-01-01')).toBe(
      'second',
    );
    expect(
      reminderDue(invoice({ reminders: { first: 'x', second: '2027-01-01T06:00:00Z' } }), '2027-02-01'),
    ).toBeUndefined();
  });

  it('sends the second alone when the first was missed, and none once paid or cancelled', () => {
    expect(reminderDue(invoice(), '2027-01-15')).toBe('second');
    expect(reminderDue(invoice({ balanceCents: 0, paidCents: 240_000 }), '2027-01-15')).toBeUndefined();
    expect(reminderDue(invoice({ status: 'cancelled' }), '2027-01-15')).toBeUndefined();
  });

  it('leaves an invoice to staff from due + 30 days while unpaid', () => {
    expect(needsFollowUp(invoice(), '2026-12-31')).toBe(false);
    expect(needsFollowUp(invoice(), '2027-01-01')).toBe(true);
    expect(needsFollowUp(invoice({ balanceCents: 0 }), '2027-01-01')).toBe(false);
  });

  it('mails in French the number, the amount due, the due date and the terms, and names no pupil', () => {
    const mail = reminderMail(invoice({ balanceCents: 123_450 }), 'first', 'Conservatoire de Lyon');
    expect(mail.subject).toBe('Rappel : facture F2026-0007 à régler');
    expect(mail.text).toContain('F2026-0007');
    expect(mail.text).toContain(`Montant restant dû : ${frenchEuros(123_450)}`);
    expect(frenchEuros(123_450)).toMatch(/^1\s234,50\s€$/);
    expect(mail.text).toContain('échue le 02/12/2026');
    expect(mail.text).toContain('Conditions de paiement');
    expect(reminderMail(invoice(), 'second', 'X').subject).toBe('Second rappel : facture F2026-0007 impayée');
  });
});

describe('the sales journal', () => {
  const document = {
    number: 'F2026-0002',
    kind: 'invoice',
    issueDate: '2026-11-03',
    status: 'issued',
    clientName: 'Festival des Arts',
    siren: '732829320',
    netCents: 150_000,
    vatCents: 27_000,
    grossCents: 177_000,
    balanceCents: 177_000,
    vatBreakdown: [
      { vatRate: 20, baseCents: 100_000, vatCents: 20_000 },
      { vatRate: 10, baseCents: 50_000, vatCents: 5_000 },
    ],
  };

  it('writes amounts with a decimal comma and no thousands separator', () => {
    expect(excelAmount(123_456)).toBe('1234,56');
    expect(excelAmount(5)).toBe('0,05');
    expect(excelAmount(-177_000)).toBe('-1770,00');
  });

  it('has a line per invoice and credit note, by date, with base and VAT per rate, a credit note negative', () => {
    const credit = {
      ...document,
      number: 'A2026-0001',
      kind: 'credit-note',
      issueDate: '2026-11-02',
      balanceCents: 0,
      vatBreakdown: [{ vatRate: 5.5, baseCents: 10_000, vatCents: 550 }],
      netCents: 10_000,
      vatCents: 550,
      grossCents: 10_550,
    };
    const { headers, rows } = invoiceJournal([document, credit]);
    expect(headers).toEqual([
      'Date',
      'Numéro',
      'Type',
      'Client',
      'SIREN',
      'Montant HT',
      'Base TVA 20 %',
      'TVA 20 %',
      'Base TVA 10 %',
      'TVA 10 %',
      'Base TVA 5,5 %',
      'TVA 5,5 %',
      'Total TVA',
      'Montant TTC',
      'Statut',
    ]);
    expect(rows.map((row) => row.Numéro)).toEqual(['A2026-0001', 'F2026-0002']);
    expect(rows[1]).toMatchObject({
      Date: '03/11/2026',
      SIREN: '732829320',
      'Montant HT': '1500,00',
      'Base TVA 20 %': '1000,00',
      'TVA 20 %': '200,00',
      'TVA 10 %': '50,00',
      'Montant TTC': '1770,00',
      Statut: 'Émise',
    });
    expect(rows[1]?.['TVA 5,5 %']).toBeUndefined();
    expect(rows[0]).toMatchObject({ Type: 'Avoir', 'TVA 5,5 %': '-5,50', 'Montant TTC': '-105,50' });
  });

  it('says paid, partly paid or cancelled from the balance and the status', () => {
    const statuses = invoiceJournal([
      { ...document, balanceCents: 0 },
      { ...document, balanceCents: 1 },
      { ...document, status: 'cancelled' },
    ]).rows.map((row) => row.Statut);
    expect(statuses).toEqual(['Payée', 'Payée en partie', 'Annulée par avoir']);
  });

  it('lists payments and their cancellations, signed', () => {
    const base = {
      invoiceId: 'inv-1',
      invoiceNumber: 'F2026-0002',
      means: 'cheque' as const,
      recordedBy: 's',
      reference: 'CHQ 991',
    };
    const rows = paymentJournal([
      {
        ...base,
        paymentId: 'r',
        kind: 'reversal',
        date: '2026-11-20',
        amountCents: -50_000,
        recordedAt: 'b',
      },
      { ...base, paymentId: 'p', kind: 'payment', date: '2026-11-10', amountCents: 50_000, recordedAt: 'a' },
    ]);
    expect(rows).toEqual([
      {
        Date: '10/11/2026',
        Facture: 'F2026-0002',
        Type: 'Paiement',
        'Moyen de paiement': 'Chèque',
        Référence: 'CHQ 991',
        Montant: '500,00',
      },
      {
        Date: '20/11/2026',
        Facture: 'F2026-0002',
        Type: 'Annulation de paiement',
        'Moyen de paiement': 'Chèque',
        Référence: 'CHQ 991',
        Montant: '-500,00',
      },
    ]);
  });
});

describe('the journal as French Excel opens it', () => {
  it('keeps a negative amount a number, and still neutralises a formula', async () => {
    const { frenchExcelCsvText } = await import('#domain/shared/french-excel-csv');
    expect(frenchExcelCsvText([['-1234,50', '-1+1', '=SUM(A1)', 'Avoir']])).toBe(
      "\uFEFF-1234,50;'-1+1;'=SUM(A1);Avoir\r\n",
    );
  });
});

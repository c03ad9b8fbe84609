import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { daysFrom } from '#domain/shared/calendar/calendar-days';
import { ValidationError } from '#domain/shared/errors';
import type { PaymentPorts } from './payments-ports';
import { invoiceJournal, type JournalQuery, paymentJournal, paymentJournalHeaders } from './sales-journal';

/** A journal covers a year at most: an accountant's exercise. */
export const maxJournalDays = 366;

/**
 * The sales journal of a period for the accountant: the invoices and credit notes issued (or, `part=payments`,
 * the payments received and cancelled), read by month through their keys, never a scan.
 */
export const exportJournal = async (query: JournalQuery, actor: Actor, ports: PaymentPorts) => {
  await authorize(actor, 'sales:payments', { kind: 'school' }, ports.directory);
  if (query.to < query.from) throw new ValidationError('to', 'must be on or after from', 'invalid');
  if (daysFrom(query.from, query.to) >= maxJournalDays)
    throw new ValidationError(
      'to',
      `must be at most ${maxJournalDays} days after from`,
      'too_large',
      maxJournalDays,
    );
  if (query.part === 'payments') {
    const payments = await ports.payments.paymentsDated(query.from, query.to);
    return {
      fileName: `journal-paiements-${query.from}-${query.to}.csv`,
      headers: [...paymentJournalHeaders] as string[],
      rows: paymentJournal(payments),
    };
  }
  const documents = await ports.payments.documentsIssued(query.from, query.to);
  return { fileName: `journal-ventes-${query.from}-${query.to}.csv`, ...invoiceJournal(documents) };
};

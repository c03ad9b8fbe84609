import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { PaymentDecision } from './decide-payment';
import type { PayableInvoice, Payment, ReminderStep } from './payment';
import type { JournalDocument } from './sales-journal';

/** What payments read and write in the school table: every read a key look-up or one partition's span. */
export interface PaymentStore {
  /** An invoice or credit note as payments see it, with its paid amount and balance. */
  invoice(invoiceId: string): Promise<PayableInvoice | undefined>;
  /** An invoice's payments and reversals, the oldest first: one query. */
  paymentsOf(invoiceId: string): Promise<Payment[]>;
  payment(invoiceId: string, paymentId: string): Promise<Payment | undefined>;
  /**
   * Adds a payment or a reversal, and sets the invoice's paid amount and balance, in ONE transaction with its
   * events and audit entry, on condition that the balance is still the one `invoice` read (else
   * `StaleVersionError`, nothing written), that the invoice is not cancelled, and for a reversal that its payment
   * was not cancelled already.
   */
  record(invoice: PayableInvoice, decision: PaymentDecision, events: readonly OutgoingEvent[]): Promise<void>;
  /** The invoices with a balance, due on or before `lastDueDate`, the oldest due first: one query of the open index. */
  openDueBy(lastDueDate: string): Promise<PayableInvoice[]>;
  /** Notes a reminder as sent, once per invoice and step: false when a run already took it (a conditional write). */
  claimReminder(invoiceId: string, step: ReminderStep, at: string): Promise<boolean>;
  /** Gives a reminder's claim back when its mail could not leave, for the next run to send it. */
  releaseReminder(invoiceId: string, step: ReminderStep): Promise<void>;
  /** The invoices and credit notes issued in a period, by day: one query per month of the period. */
  documentsIssued(from: string, to: string): Promise<JournalDocument[]>;
  /** The payments and reversals dated in a period: one query per month of the period. */
  paymentsDated(from: string, to: string): Promise<Payment[]>;
}

/** A mail to send, in French, with its text and HTML. */
export interface ReminderMailer {
  send(mail: { to: string; subject: string; text: string; html: string }): Promise<void>;
}

export interface PaymentPorts {
  payments: PaymentStore;
  directory: Pick<DirectoryReader, 'isGuardianOf' | 'teachesClass' | 'teachesStudent' | 'classesOf'>;
  mailer: ReminderMailer;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; name: string; timeZone: string };
}

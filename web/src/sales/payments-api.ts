import type { Payment, PaymentInput, ReminderStep } from '#domain/sales/payment';
import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';

/** An invoice's payments and where it stands (`GET /api/sales/invoices/{invoiceId}/payments`). */
export interface InvoicePayments {
  invoiceId: string;
  number: string;
  grossCents: number;
  paidCents: number;
  balanceCents: number;
  status: string;
  payments: Payment[];
}

/** A payment just recorded or cancelled, with the invoice's paid amount and balance after it. */
export interface PaymentRecorded {
  payment: Payment;
  paidCents: number;
  balanceCents: number;
}

export interface OverdueInvoice {
  invoiceId: string;
  number: string;
  clientId: string;
  clientName: string;
  issueDate: string;
  dueDate: string;
  grossCents: number;
  balanceCents: number;
  reminders: Partial<Record<ReminderStep, string>>;
  followUp: boolean;
}

export type JournalRequest = {
  from: string;
  to: string;
  part: 'invoices' | 'payments';
};

const invoicePath = (invoiceId: string) => `/api/sales/invoices/${segment(invoiceId)}/payments`;

/** The calls of payments, the overdue list and the sales journal. */
export const paymentsApi = (
  getJson: GetJson,
  postJson: SendJson,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
) => ({
  invoicePayments: (invoiceId: string, signal?: AbortSignal) =>
    getJson<InvoicePayments>(invoicePath(invoiceId), signal),

  /** Refused with 409 `overpayment` above the balance, `invoice_cancelled` once a credit note cancelled it. */
  recordPayment: (invoiceId: string, payment: PaymentInput) =>
    postJson<PaymentRecorded>(invoicePath(invoiceId), payment),

  cancelPayment: (invoiceId: string, paymentId: string) =>
    postJson<PaymentRecorded>(`${invoicePath(invoiceId)}/${segment(paymentId)}/cancellation`, {}),

  overdueInvoices: (signal?: AbortSignal) =>
    getJson<{ today: string; items: OverdueInvoice[] }>('/api/sales/overdue', signal),

  /** The journal as a CSV: the call carries the access token, a plain link could not. */
  salesJournal: async (request: JournalRequest): Promise<Blob> => {
    if (!fetchSignedIn) throw new Error('salesJournal needs a signed-in fetch');
    const response = await fetchSignedIn(`/api/sales/journal?${queryOf(request)}`);
    if (!response.ok) await readJson(response);
    if (!response.ok) throw new ApiError(response.status, '');
    return response.blob();
  },
});

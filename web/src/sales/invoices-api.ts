import type { Invoice, InvoiceStatus } from '#domain/sales/invoice';
import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';

/** What « Facturer » asks for: the whole quote, a deposit (a percentage), or the balance after deposits. */
export type IssueRequest =
  | { kind: 'invoice' }
  | { kind: 'deposit'; percent: number }
  | { kind: 'deposit'; amountCents: number }
  | { kind: 'balance' };

/** The electronic forms and the export of an invoice, as the API serves them. */
export const invoiceDocuments = ['factur-x', 'ubl', 'cii', 'csv'] as const;
export type InvoiceDocument = (typeof invoiceDocuments)[number];

const invoicePath = (invoiceId: string) => `/api/sales/invoices/${segment(invoiceId)}`;

/** The calls of invoices and credit notes (S3's API). */
export const invoicesApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
) => ({
  /** The invoices of a state (all without one) issued in the last twelve months, newest first. */
  salesInvoices: (status: InvoiceStatus | undefined, signal?: AbortSignal) =>
    getJson<{ from: string; to: string; invoices: Invoice[] }>(
      `/api/sales/invoices?${queryOf({ status })}`,
      signal,
    ),
  /** A quote's invoices and credit notes, newest first: one query of the quote's index. */
  quoteInvoices: (quoteId: string, signal?: AbortSignal) =>
    getJson<{ from: string; to: string; invoices: Invoice[] }>(
      `/api/sales/invoices?${queryOf({ quoteId })}`,
      signal,
    ),
  salesInvoice: (invoiceId: string, signal?: AbortSignal) => getJson<Invoice>(invoicePath(invoiceId), signal),
  issueInvoice: (quoteId: string, request: IssueRequest) =>
    postJson<Invoice>(`/api/sales/quotes/${segment(quoteId)}/invoices`, request),
  creditInvoice: (invoiceId: string) => postJson<Invoice>(`${invoicePath(invoiceId)}/credit-note`, {}),
  recordExternalNumber: (invoiceId: string, externalNumber: string) =>
    putJson<Invoice>(`${invoicePath(invoiceId)}/external-number`, { externalNumber }),
  /** Factur-X, UBL, CII or CSV: the call carries the access token, a plain link could not. */
  invoiceDocument: async (invoiceId: string, which: InvoiceDocument): Promise<Blob> => {
    if (!fetchSignedIn) throw new Error('invoiceDocument needs a signed-in fetch');
    const response = await fetchSignedIn(`${invoicePath(invoiceId)}/${which}`);
    if (!response.ok) await readJson(response);
    if (!response.ok) throw new ApiError(response.status, '');
    return response.blob();
  },
});

import { paymentInputSchema } from '#domain/sales/payment';
import { journalQuerySchema } from '#domain/sales/sales-journal';
import { apiModule, get, post, read, write } from './route';

// biome-ignore format: one line a route, the index of the module
export const salesRoutes = apiModule('sales', 'Hiring the school’s halls and studios out: clients, rate grids, quotes and their options in the planning, the client’s answer and the agreement, invoices (Factur-X, UBL), payments and the sales journal', [
  // S1 clients, grids, quotes
  // S2 holds, client's link, documents
  // S3 invoices
  // S4 payments, journal
  get('/api/sales/invoices/{invoiceId}/payments', 'sales/list-payments', { needs: read, summary: 'An invoice’s payments and their cancellations, what is paid and the balance: the sales desk and the head of school' }),
  post('/api/sales/invoices/{invoiceId}/payments', 'sales/record-payment', { needs: write, body: paymentInputSchema, answers: [201], summary: 'Records a payment received (date, cents, means, reference): the balance moves in the same transaction, on condition of the balance read; 409 overpayment above it, invoice_cancelled once a credit note cancelled it' }),
  post('/api/sales/invoices/{invoiceId}/payments/{paymentId}/cancellation', 'sales/cancel-payment', { needs: write, answers: [201], summary: 'Cancels a payment by a reversal entry that gives its amount back to the balance, once (409 payment_already_cancelled)' }),
  get('/api/sales/overdue', 'sales/list-overdue', { needs: read, summary: 'The invoices past their due date with a balance, the oldest due first, with the reminders mailed and those staff should follow up: one query' }),
  get('/api/sales/journal', 'sales/export-journal', { needs: read, query: journalQuerySchema, download: 'text/csv; charset=utf-8', summary: 'The sales journal of a period (a year at most) as a CSV for French Excel: a line per invoice and credit note with VAT per rate, or (`part=payments`) the payments' }),
]);

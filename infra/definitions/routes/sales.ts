import {
  externalNumberInputSchema,
  invoiceListQuerySchema,
  issueInvoiceInputSchema,
} from '#domain/sales/issue-invoice';
import { offerAnswerInputSchema, offerTokenSchema, sendQuoteInputSchema } from '#domain/sales/offer';
import { paymentInputSchema } from '#domain/sales/payment';
import {
  clientInputSchema,
  clientListQuerySchema,
  gridInputSchema,
  quoteInputSchema,
  quoteListQuerySchema,
} from '#domain/sales/sales';
import { journalQuerySchema } from '#domain/sales/sales-journal';
import { apiModule, get, post, put, read, write } from './route';

// S2: the client's link's token, and the documents' media type.
const offer = { token: offerTokenSchema };
// S3 invoices
const pdf = 'application/pdf';
// S3 invoices
const xml = 'application/xml';
const csv = 'text/csv; charset=utf-8';
// The electronic invoice (e-invoice-eu, pdfkit, pdf-lib) runs in a function of its own, as the quote's PDF does.
const documents = 'sales-documents';

// biome-ignore format: one line a route, the index of the module
export const salesRoutes = apiModule('sales', 'Hiring the school’s halls and studios out: clients, rate grids, quotes and their options in the planning, the client’s answer and the agreement, invoices (Factur-X, UBL), payments and the sales journal', [
  // S1 clients, grids, quotes
  get('/api/sales/clients', 'sales/list-clients', { needs: read, query: clientListQuerySchema, summary: 'The clients by name, a page at a time; a name’s start filters them' }),
  post('/api/sales/clients', 'sales/create-client', { needs: write, body: clientInputSchema, answers: [201], summary: 'A new client: SIREN, SIRET and VAT number checked, billing address, contact, Chorus Pro for public bodies' }),
  get('/api/sales/clients/{clientId}', 'sales/get-client', { needs: read, summary: 'A client' }),
  put('/api/sales/clients/{clientId}', 'sales/update-client', { needs: write, body: clientInputSchema, summary: 'A client’s new version, on the version read' }),
  get('/api/sales/grids', 'sales/list-grids', { needs: read, summary: 'The rate grids by start of validity' }),
  post('/api/sales/grids', 'sales/create-grid', { needs: write, body: gridInputSchema, answers: [201], summary: 'A new rate grid for a season: rates by place or kind, client category and unit, extras; no overlap with another grid' }),
  get('/api/sales/grids/{gridId}', 'sales/get-grid', { needs: read, summary: 'A rate grid with its rates and extras' }),
  put('/api/sales/grids/{gridId}', 'sales/update-grid', { needs: write, body: gridInputSchema, summary: 'A rate grid’s new version, on the version read' }),
  post('/api/sales/quotes/preview', 'sales/preview-quote', { needs: read, body: quoteInputSchema, summary: 'The lines and totals a quote would have, priced by its grid, without saving it' }),
  post('/api/sales/quotes', 'sales/create-quote', { needs: write, body: quoteInputSchema, answers: [201], summary: 'A draft quote, priced by the grid and numbered in its year’s series (D2026-0001)' }),
  get('/api/sales/quotes', 'sales/list-quotes', { needs: read, query: quoteListQuerySchema, summary: 'The quotes of one state, newest first, a page at a time' }),
  get('/api/sales/quotes/{quoteId}', 'sales/get-quote', { needs: read, summary: 'A quote with its slots, lines, totals and history' }),
  put('/api/sales/quotes/{quoteId}', 'sales/update-quote', { needs: write, body: quoteInputSchema, summary: 'A draft quote changed in the builder, on the version read' }),
  // S2 holds, client's link, documents
  post('/api/sales/quotes/{quoteId}/send', 'sales/send-quote', { needs: write, body: sendQuoteInputSchema, summary: 'Sends a draft quote: the client’s link (its token shown once), and with hold its slots held as options in the planning until holdUntil (409 slot_held names a taken slot)' }),
  post('/api/sales/quotes/{quoteId}/cancel', 'sales/cancel-quote', { needs: write, summary: 'Cancels a quote (If-Match: its version): its client’s link revoked, its held slots freed' }),
  get('/api/sales/quotes/{quoteId}/pdf', 'sales/get-quote-pdf', { service: 'sales-documents', needs: read, download: pdf, summary: 'The quote as a PDF in French, with the school’s letterhead' }),
  get('/api/sales/quotes/{quoteId}/agreement/pdf', 'sales/get-agreement-pdf', { service: 'sales-documents', needs: read, download: pdf, summary: 'The agreement for using the premises (convention d’occupation) generated from the quote, as a PDF' }),
  get('/api/sales/offers/{token}', 'sales/get-offer', { access: 'public', needs: read, params: offer, summary: 'The client’s link, no account: the quote, the school and the agreement; 404 for an unknown, expired or revoked link' }),
  post('/api/sales/offers/{token}/accept', 'sales/accept-offer', { access: 'public', needs: write, params: offer, body: offerAnswerInputSchema, summary: 'The client accepts the quote and its agreement, once, with the name they sign with (409 quote_already_answered)' }),
  post('/api/sales/offers/{token}/refuse', 'sales/refuse-offer', { access: 'public', needs: write, params: offer, body: offerAnswerInputSchema, summary: 'The client refuses the quote, once: its held slots are freed (409 quote_already_answered)' }),
  get('/api/sales/offers/{token}/pdf', 'sales/get-offer-pdf', { service: 'sales-documents', access: 'public', needs: read, params: offer, download: pdf, summary: 'The client downloads the quote as a PDF through their link' }),
  get('/api/sales/offers/{token}/agreement/pdf', 'sales/get-offer-agreement-pdf', { service: 'sales-documents', access: 'public', needs: read, params: offer, download: pdf, summary: 'The client downloads the agreement as a PDF through their link, signed with their name once accepted' }),
  // S3 invoices
  post('/api/sales/quotes/{quoteId}/invoices', 'sales/issue-invoice', { needs: write, body: issueInvoiceInputSchema, answers: [201], timeoutSeconds: 29, summary: 'Invoices an accepted quote: whole, a deposit (a percentage or an amount) or the balance, with the next number of its series (a draft for an EPLE or a town)' }),
  get('/api/sales/invoices', 'sales/list-invoices', { needs: read, query: invoiceListQuerySchema, summary: 'The invoices and credit notes of a state, issued in a period, newest first' }),
  get('/api/sales/invoices/{invoiceId}', 'sales/get-invoice', { needs: read, summary: 'An invoice or credit note as issued, and its state' }),
  post('/api/sales/invoices/{invoiceId}/credit-note', 'sales/credit-invoice', { needs: write, answers: [201], timeoutSeconds: 29, summary: 'A credit note cancels the invoice whole, with the next number of the credit notes’ series' }),
  put('/api/sales/invoices/{invoiceId}/external-number', 'sales/record-external-number', { needs: write, body: externalNumberInputSchema, summary: 'Records the number an EPLE’s or a town’s accounting gave a draft, which becomes the issued invoice' }),
  get('/api/sales/invoices/{invoiceId}/factur-x', 'sales/get-invoice-factur-x', { service: documents, needs: read, download: pdf, timeoutSeconds: 29, summary: 'The invoice as Factur-X EN 16931: a PDF/A-3 with its CII XML embedded' }),
  get('/api/sales/invoices/{invoiceId}/ubl', 'sales/get-invoice-ubl', { service: documents, needs: read, download: xml, summary: 'The invoice as UBL 2.1 (an Invoice, or a CreditNote)' }),
  get('/api/sales/invoices/{invoiceId}/cii', 'sales/get-invoice-cii', { service: documents, needs: read, download: xml, summary: 'The invoice as CII (EN16931), the XML of its Factur-X' }),
  get('/api/sales/invoices/{invoiceId}/csv', 'sales/export-invoice-csv', { needs: read, download: csv, summary: 'The invoice’s data as CSV, for an EPLE’s or a town’s accounting software' }),
  // S4 payments, journal
  get('/api/sales/invoices/{invoiceId}/payments', 'sales/list-payments', { needs: read, summary: 'An invoice’s payments and their cancellations, what is paid and the balance: the sales desk and the head of school' }),
  post('/api/sales/invoices/{invoiceId}/payments', 'sales/record-payment', { needs: write, body: paymentInputSchema, answers: [201], summary: 'Records a payment received (date, cents, means, reference): the balance moves in the same transaction, on condition of the balance read; 409 overpayment above it, invoice_cancelled once a credit note cancelled it' }),
  post('/api/sales/invoices/{invoiceId}/payments/{paymentId}/cancellation', 'sales/cancel-payment', { needs: write, answers: [201], summary: 'Cancels a payment by a reversal entry that gives its amount back to the balance, once (409 payment_already_cancelled)' }),
  get('/api/sales/overdue', 'sales/list-overdue', { needs: read, summary: 'The invoices past their due date with a balance, the oldest due first, with the reminders mailed and those staff should follow up: one query' }),
  get('/api/sales/journal', 'sales/export-journal', { needs: read, query: journalQuerySchema, download: csv, summary: 'The sales journal of a period (a year at most) as a CSV for French Excel: a line per invoice and credit note with VAT per rate, or (`part=payments`) the payments' }),
]);

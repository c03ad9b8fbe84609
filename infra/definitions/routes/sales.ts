import {
  externalNumberInputSchema,
  invoiceListQuerySchema,
  issueInvoiceInputSchema,
} from '#domain/sales/issue-invoice';
import { apiModule, get, post, put, read, write } from './route';

// S3 invoices
const pdf = 'application/pdf';
const xml = 'application/xml';
const csv = 'text/csv; charset=utf-8';
// The electronic invoice (e-invoice-eu, pdfkit, pdf-lib) runs in a function of its own, as the quote's PDF does.
const documents = 'sales-documents';

// biome-ignore format: one line a route, the index of the module
export const salesRoutes = apiModule('sales', 'Hiring the school’s halls and studios out: clients, rate grids, quotes and their options in the planning, the client’s answer and the agreement, invoices (Factur-X, UBL), payments and the sales journal', [
  // S1 clients, grids, quotes
  // S2 holds, client's link, documents
  // S3 invoices
  post('/api/sales/quotes/{quoteId}/invoices', 'sales/issue-invoice', { needs: write, body: issueInvoiceInputSchema, answers: [201], timeoutSeconds: 29, summary: 'Invoices an accepted quote: whole, a deposit (a percentage or an amount) or the balance, with the next number of its series (a draft for an EPLE or a town)' }),
  get('/api/sales/invoices', 'sales/list-invoices', { needs: read, query: invoiceListQuerySchema, summary: 'The invoices and credit notes of a state, issued in a period, newest first' }),
  get('/api/sales/invoices/{invoiceId}', 'sales/get-invoice', { needs: read, summary: 'An invoice or credit note as issued, and its state' }),
  post('/api/sales/invoices/{invoiceId}/credit-note', 'sales/credit-invoice', { needs: write, answers: [201], timeoutSeconds: 29, summary: 'A credit note cancels the invoice whole, with the next number of the credit notes’ series' }),
  put('/api/sales/invoices/{invoiceId}/external-number', 'sales/record-external-number', { needs: write, body: externalNumberInputSchema, summary: 'Records the number an EPLE’s or a town’s accounting gave a draft, which becomes the issued invoice' }),
  get('/api/sales/invoices/{invoiceId}/factur-x', 'sales/get-invoice-factur-x', { service: documents, needs: read, download: pdf, summary: 'The invoice as Factur-X EN 16931: a PDF/A-3 with its CII XML embedded' }),
  get('/api/sales/invoices/{invoiceId}/ubl', 'sales/get-invoice-ubl', { service: documents, needs: read, download: xml, summary: 'The invoice as UBL 2.1 (an Invoice, or a CreditNote)' }),
  get('/api/sales/invoices/{invoiceId}/cii', 'sales/get-invoice-cii', { service: documents, needs: read, download: xml, summary: 'The invoice as CII (EN16931), the XML of its Factur-X' }),
  get('/api/sales/invoices/{invoiceId}/csv', 'sales/export-invoice-csv', { needs: read, download: csv, summary: 'The invoice’s data as CSV, for an EPLE’s or a town’s accounting software' }),
  // S4 payments, journal
]);

import type { Pages } from '../pages';
import { ClientsPage } from './clients-page';
import { GridsPage } from './grids-page';
import { InvoicePage, InvoicesPage } from './invoice-pages';
import { InvoicePaymentsPage, OverduePage, SalesJournalPage } from './payments-pages';
import { QuoteBuilderPage } from './quote-builder-page';
import { QuotePage } from './quote-page';
import { SalesHomePage } from './sales-home-page';
import type { salesPageNames } from './sales-routes';

/**
 * The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). Each
 * part adds its pages in its section.
 */
export const pages: Pages<(typeof salesPageNames)[number]> = {
  // S1 clients, grids, quotes
  sales: ({ api, format, route }) => <SalesHomePage api={api} format={format} status={route.status} />,
  'sales-clients': ({ api, format }) => <ClientsPage api={api} format={format} />,
  'sales-grids': ({ api, format, route }) => (
    <GridsPage key={route.gridId} api={api} format={format} gridId={route.gridId} />
  ),
  'sales-new-quote': ({ api, format }) => <QuoteBuilderPage api={api} format={format} />,
  'sales-quote': ({ api, format, route }) => (
    <QuotePage key={route.quoteId} api={api} format={format} quoteId={route.quoteId} />
  ),
  // S2 holds, client's link, documents
  // S3 invoices
  'sales-invoices': ({ api, format, route }) => (
    <InvoicesPage key={route.status} api={api} format={format} status={route.status} />
  ),
  'sales-invoice': ({ api, format, route }) => (
    <InvoicePage key={route.invoiceId} api={api} format={format} invoiceId={route.invoiceId} />
  ),
  // S4 payments, journal
  'sales-payments': ({ api, format, route }) => (
    <InvoicePaymentsPage key={route.invoiceId} api={api} format={format} invoiceId={route.invoiceId} />
  ),
  'sales-overdue': ({ api, format }) => <OverduePage api={api} format={format} />,
  'sales-journal': ({ api, format }) => <SalesJournalPage api={api} format={format} />,
};

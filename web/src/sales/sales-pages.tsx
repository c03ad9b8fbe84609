import type { Pages } from '../pages';
import { InvoicePaymentsPage, OverduePage, SalesJournalPage } from './payments-pages';
import { SalesHomePage } from './sales-home-page';
import type { salesPageNames } from './sales-routes';

/**
 * The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). Each
 * part adds its pages in its section.
 */
export const pages: Pages<(typeof salesPageNames)[number]> = {
  // S1 clients, grids, quotes
  sales: ({ api, format }) => <SalesHomePage api={api} format={format} />,
  // S2 holds, client's link, documents
  // S3 invoices
  // S4 payments, journal
  'sales-payments': ({ api, format, route }) => (
    <InvoicePaymentsPage key={route.invoiceId} api={api} format={format} invoiceId={route.invoiceId} />
  ),
  'sales-overdue': ({ api, format }) => <OverduePage api={api} format={format} />,
  'sales-journal': ({ api, format }) => <SalesJournalPage api={api} format={format} />,
};

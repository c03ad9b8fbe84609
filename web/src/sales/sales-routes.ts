import type { Messages } from '../shell/i18n/messages';

/**
 * The pages of « Ventes » (under `/ventes`), their addresses and titles, kept here rather than in the app's table
 * (`web/src/routes.ts` only hands `/ventes…` to `salesRouteOf`), so that the module's four parts add their pages in
 * their own sections. A page added to `SalesRoute` is added to `salesPageNames`, `salesTitles` and `sales-pages.tsx`
 * too, or the build fails.
 */
export type SalesRoute =
  // S1 clients, grids, quotes
  | { page: 'sales'; status: string }
  | { page: 'sales-clients' }
  | { page: 'sales-grids'; gridId: string }
  | { page: 'sales-new-quote' }
  | { page: 'sales-quote'; quoteId: string }
  // S2 holds, client's link, documents: the client's public page, drawn by the frame (no sign-in)
  | { page: 'offer'; token: string }
  // S3 invoices
  | { page: 'sales-invoices'; status: string }
  | { page: 'sales-invoice'; invoiceId: string }
  // S4 payments, journal
  | { page: 'sales-payments'; invoiceId: string }
  | { page: 'sales-overdue' }
  | { page: 'sales-journal' };

export const salesPageNames = [
  // S1 clients, grids, quotes
  'sales',
  'sales-clients',
  'sales-grids',
  'sales-new-quote',
  'sales-quote',
  // S2 holds, client's link, documents
  // S3 invoices
  'sales-invoices',
  'sales-invoice',
  // S4 payments, journal
  'sales-payments',
  'sales-overdue',
  'sales-journal',
] as const satisfies readonly SalesRoute['page'][];

export const salesPaths = {
  // S1 clients, grids, quotes
  sales: '/ventes',
  /** The quotes of one state. */
  salesQuotes: (status: string) => `/ventes?${new URLSearchParams({ etat: status })}`,
  salesClients: '/ventes/clients',
  salesGrids: (gridId?: string) =>
    gridId ? `/ventes/grilles/${encodeURIComponent(gridId)}` : '/ventes/grilles',
  salesNewQuote: '/ventes/devis/nouveau',
  salesQuote: (quoteId: string) => `/ventes/devis/${encodeURIComponent(quoteId)}`,
  // S2 holds, client's link, documents
  // S3 invoices
  /** The invoices of one state (all of them without one). */
  salesInvoices: (status?: string) =>
    status ? `/ventes/factures?${new URLSearchParams({ etat: status })}` : '/ventes/factures',
  salesInvoice: (invoiceId: string) => `/ventes/factures/${encodeURIComponent(invoiceId)}`,
  // S4 payments, journal
  salesPayments: (invoiceId: string) => `/ventes/factures/${encodeURIComponent(invoiceId)}/paiements`,
  salesOverdue: '/ventes/impayes',
  salesJournal: '/ventes/journal',
};

/** The page of an address under `/ventes`, or undefined when it is none of the module's (not found). */
export const salesRouteOf = (path: string, query: URLSearchParams): SalesRoute | undefined => {
  // S1 clients, grids, quotes
  if (path === '/ventes') return { page: 'sales', status: query.get('etat')?.trim() ?? '' };
  if (path === '/ventes/clients') return { page: 'sales-clients' };
  if (path === '/ventes/grilles') return { page: 'sales-grids', gridId: '' };
  if (path === '/ventes/devis/nouveau') return { page: 'sales-new-quote' };
  const [, , section, id, ...rest] = path.split('/');
  const decoded = rest.length === 0 ? decodeSalesSegment(id) : undefined;
  if (decoded && section === 'grilles') return { page: 'sales-grids', gridId: decoded };
  if (decoded && section === 'devis') return { page: 'sales-quote', quoteId: decoded };
  // S2 holds, client's link, documents
  // S3 invoices
  if (path === '/ventes/factures') return { page: 'sales-invoices', status: query.get('etat')?.trim() ?? '' };
  if (decoded && section === 'factures') return { page: 'sales-invoice', invoiceId: decoded };
  // S4 payments, journal
  if (path === '/ventes/impayes') return { page: 'sales-overdue' };
  if (path === '/ventes/journal') return { page: 'sales-journal' };
  const payments = /^\/ventes\/factures\/([^/]+)\/paiements$/.exec(path);
  const invoiceId = decodeSalesSegment(payments?.[1]);
  if (invoiceId) return { page: 'sales-payments', invoiceId };
  return undefined;
};

/** The titles of the module's pages, for the browser's tab. */
export const salesTitles = (messages: Messages): Record<SalesRoute['page'], string> => ({
  // S1 clients, grids, quotes
  sales: messages.sales.title,
  'sales-clients': messages.sales.clients.title,
  'sales-grids': messages.sales.grids.title,
  'sales-new-quote': messages.sales.builder.title,
  'sales-quote': messages.sales.sheet.title,
  // S2 holds, client's link, documents
  offer: messages.salesHolds.offer.pageTitle,
  // S3 invoices
  'sales-invoices': messages.salesInvoices.listTitle,
  'sales-invoice': messages.salesInvoices.sheetTitle,
  // S4 payments, journal
  'sales-payments': messages.salesPayments.listTitle,
  'sales-overdue': messages.salesPayments.overdueTitle,
  'sales-journal': messages.salesPayments.journalTitle,
});

/** The client's page of a quote, from `/devis/<token>`: public, outside `/ventes`. */
export const offerRouteOf = (path: string): SalesRoute | undefined => {
  const match = /^\/devis\/([^/]+)$/.exec(path);
  const token = decodeSalesSegment(match?.[1]);
  return token ? { page: 'offer', token } : undefined;
};

/** Decodes one segment of an address; undefined when malformed. */
export const decodeSalesSegment = (segment: string | undefined): string | undefined => {
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment) || undefined;
  } catch {
    return undefined;
  }
};

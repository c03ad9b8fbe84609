import type { Pages } from '../pages';
import { SalesHomePage } from './sales-home-page';

/**
 * The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). Each
 * part adds its pages in its section.
 */
export const pages: Pages<'sales'> = {
  // S1 clients, grids, quotes
  sales: ({ api, format }) => <SalesHomePage api={api} format={format} />,
  // S2 holds, client's link, documents
  // S3 invoices
  // S4 payments, journal
};

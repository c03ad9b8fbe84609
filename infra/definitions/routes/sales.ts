import { apiModule } from './route';

// biome-ignore format: one line a route, the index of the module
export const salesRoutes = apiModule('sales', 'Hiring the school’s halls and studios out: clients, rate grids, quotes and their options in the planning, the client’s answer and the agreement, invoices (Factur-X, UBL), payments and the sales journal', [
  // S1 clients, grids, quotes
  // S2 holds, client's link, documents
  // S3 invoices
  // S4 payments, journal
]);

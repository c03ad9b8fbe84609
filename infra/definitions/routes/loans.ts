import { labelsQuerySchema } from '#domain/loans/inventory';
import {
  itemExportQuerySchema,
  itemInputSchema,
  itemListQuerySchema,
  itemUpdateSchema,
} from '#domain/loans/item';
import { itemImportSchema } from '#domain/loans/item-csv';
import {
  campaignDecisionsSchema,
  campaignInputSchema,
  renewalAnswerSchema,
} from '#domain/loans/renewal-campaign';
import { schoolYearSchema } from '#domain/shared/input-types';
import { apiModule, type FunctionNeeds, get, post, put, read, write } from './route';

const csv = 'text/csv; charset=utf-8';
const pdf = 'application/pdf';
/** Publishing writes the catalogues' pages to the site bucket. */
const publishes: FunctionNeeds = { table: 'read', site: 'readWrite' };

// biome-ignore format: one line a route, the index of the module
export const loansRoutes = apiModule('loans', 'Instruments: the inventory of instruments and equipment (items, kits, statuses, history, QR labels, CSV), the public catalogues by family; the loans to come', [
  // L1 inventory
  get('/api/loans/items', 'loans/list-items', { needs: read, query: itemListQuerySchema, summary: 'A family’s items by kind, filtered by words of their kind, maker, model, serial number or place, a page at a time: one query' }),
  post('/api/loans/items', 'loans/create-item', { needs: write, body: itemInputSchema, answers: [201], summary: 'Staff add an item (an instrument, or a piece of the planning’s equipment under the id activities name): its first version and history line, audited' }),
  get('/api/loans/items/{itemId}', 'loans/get-item', { needs: read, summary: 'An item’s sheet and its history: who changed which fields, when' }),
  put('/api/loans/items/{itemId}', 'loans/update-item', { needs: write, body: itemUpdateSchema, summary: 'Staff change an item on the version read (412 stale_version otherwise): a new line of its history, audited; its catalogue is written again' }),
  get('/api/loans/export', 'loans/export-items', { needs: read, query: itemExportQuerySchema, download: csv, summary: 'The inventory, or a family of it, as a CSV for French Excel' }),
  post('/api/loans/imports', 'loans/import-items', { needs: write, body: itemImportSchema, timeoutSeconds: 29, summary: 'A school’s spreadsheet of instruments with a column mapping: a dry run (what would be created, the lines refused and why), or the import; the same file twice creates nothing twice' }),
  // pdfkit runs in a function of its own, apart from the inventory's.
  get('/api/loans/labels', 'loans/get-labels-pdf', { service: 'loans-labels', needs: read, query: labelsQuerySchema, download: pdf, summary: 'A sheet of QR-code labels (A4, 3 × 8) for a family’s items: each opens the item’s page on the portal' }),
  // L1 public catalogues
  get('/api/loans/catalogues', 'loans/list-catalogues', { needs: read, summary: 'The public catalogues’ addresses, by family, for the school’s website' }),
  post('/api/loans/catalogues', 'loans/publish-catalogues', { needs: publishes, summary: 'Writes every public catalogue again now (an item’s change writes its family’s through the bus)' }),
  // Loans (to come)
  // L3 overdue and campaign
  get('/api/loans/overdue', 'loans/list-overdue-loans', { needs: read, summary: '« Relances »: the loans out past their end date, the latest first, with the reminders sent to the borrower, the guardians and staff' }),
  post('/api/loans/campaigns', 'loans/open-campaign', { needs: write, body: campaignInputSchema, timeoutSeconds: 29, summary: 'Staff open a school year’s renewal campaign: a renewal asked for each loan running now whose borrower may renew, with the year’s dates; the same campaign twice creates nothing twice' }),
  get('/api/loans/campaigns/{year}', 'loans/get-campaign', { needs: read, params: { year: schoolYearSchema }, summary: 'A year’s campaign on one screen: each renewal with its borrower, instrument, answer and status' }),
  post('/api/loans/campaigns/{year}/decisions', 'loans/decide-renewals', { needs: write, params: { year: schoolYearSchema }, body: campaignDecisionsSchema, timeoutSeconds: 29, summary: 'Staff approve (through the item’s hold) and refuse renewals in one call; each says how it went' }),
  get('/api/loans/renewals', 'loans/list-my-renewals', { needs: read, summary: 'The asker’s renewals to answer, and their children’s' }),
  post('/api/loans/{loanId}/renewal-answer', 'loans/answer-renewal', { needs: write, body: renewalAnswerSchema, summary: '« Je renouvelle » or « je rends »: the borrower or a pupil’s guardian answers a renewal, until staff decide' }),
]);

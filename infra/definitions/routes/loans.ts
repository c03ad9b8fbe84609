import { labelsQuerySchema } from '#domain/loans/inventory';
import {
  itemExportQuerySchema,
  itemInputSchema,
  itemListQuerySchema,
  itemUpdateSchema,
} from '#domain/loans/item';
import { itemImportSchema } from '#domain/loans/item-csv';
import {
  availabilityQuerySchema,
  loanDecisionSchema,
  loanListQuerySchema,
  loanRequestSchema,
} from '#domain/loans/loan-input';
import { apiModule, type FunctionNeeds, get, post, put, read, write } from './route';

const csv = 'text/csv; charset=utf-8';
const pdf = 'application/pdf';
/** Publishing writes the catalogues' pages to the site bucket. */
const publishes: FunctionNeeds = { table: 'read', site: 'readWrite' };

// biome-ignore format: one line a route, the index of the module
export const loansRoutes = apiModule('loans', 'Instruments: the inventory of instruments and equipment (items, kits, statuses, history, QR labels, CSV), the public catalogues by family; loans: requests, the school’s rules, decisions and the guarded hold', [
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
  // L2 loans
  get('/api/loans/availability', 'loans/get-availability', { needs: read, query: availabilityQuerySchema, summary: 'A family’s items and the days each is held over a month, by the status of the loan holding it (whose, to staff and to the borrower’s family only): two queries' }),
  post('/api/loans', 'loans/request-loan', { needs: write, body: loanRequestSchema, answers: [201], summary: 'A pupil, a guardian for their child, a teacher (or staff for anyone) ask to borrow an item, or any item of a kind, for a span; the school’s rules say who may borrow what' }),
  get('/api/loans', 'loans/list-loans', { needs: read, query: loanListQuerySchema, summary: 'The desk’s loans of a status (the waiting list first-years first), an item’s, a person’s, or one’s own and one’s children’s: one query each' }),
  get('/api/loans/{loanId}', 'loans/get-loan', { needs: read, summary: 'A loan, to staff, its requester, its borrower or their guardian' }),
  post('/api/loans/{loanId}/decision', 'loans/decide-loan', { needs: write, body: loanDecisionSchema, summary: 'Staff approve with an item (held over the span and buffer days in one transaction; 409 item_held naming the days), waitlist or refuse; the requester cancels' }),
]);

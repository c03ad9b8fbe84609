import { labelsQuerySchema } from '#domain/loans/inventory';
import {
  itemExportQuerySchema,
  itemInputSchema,
  itemListQuerySchema,
  itemUpdateSchema,
} from '#domain/loans/item';
import { itemImportSchema } from '#domain/loans/item-csv';
import { photoClaimSchema, photoUploadSchema } from '#domain/loans/photos';
import { apiModule, del, type FunctionNeeds, get, post, put, read, write } from './route';

const csv = 'text/csv; charset=utf-8';
const pdf = 'application/pdf';
/** Publishing writes the catalogues' pages to the site bucket. */
const publishes: FunctionNeeds = { table: 'read', site: 'readWrite', documents: 'read' };
/** An item's photos: upload forms, checked uploads kept under the item, short links (the documents bucket). */
const photos: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };
const readPhotos: FunctionNeeds = { table: 'read', documents: 'read' };

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
  // L4 photos
  post('/api/loans/items/{itemId}/photo-uploads', 'loans/declare-photo-upload', { needs: photos, body: photoUploadSchema, answers: [201], summary: 'Staff declare a photo of an item (`contentType` JPEG or PNG, `size`, 5 MB at most): a signed form to upload it' }),
  post('/api/loans/items/{itemId}/photos', 'loans/add-photo', { needs: photos, body: photoClaimSchema, answers: [201], summary: 'Adds an uploaded photo to its item once its first bytes say JPEG or PNG: a new version, « photo ajoutée » in its history; six at most, held by the write' }),
  get('/api/loans/items/{itemId}/photos/{photoId}', 'loans/get-photo', { needs: readPhotos, summary: 'A short link to a photo of an item, for its sheet on the portal' }),
  del('/api/loans/items/{itemId}/photos/{photoId}', 'loans/remove-photo', { needs: photos, summary: 'Staff remove a photo of an item, and its file: a new version' }),
  // Loans (to come)
]);

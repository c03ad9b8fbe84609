import { loanVersionSchema } from '#domain/loans/hand-over-loan';
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
import { insuranceRecordSchema, insuranceUploadSchema } from '#domain/loans/loan-insurance';
import { photoClaimSchema, photoUploadSchema } from '#domain/loans/photos';
import {
  campaignDecisionsSchema,
  campaignInputSchema,
  renewalAnswerSchema,
} from '#domain/loans/renewal-campaign';
import { returnInputSchema } from '#domain/loans/return-loan';
import { loanRulesInputSchema } from '#domain/loans/school-loan-rules';
import { signatureInputSchema } from '#domain/loans/sign-loan';
import { schoolYearSchema } from '#domain/shared/input-types';
import { apiModule, del, type FunctionNeeds, get, post, put, read, write } from './route';

const csv = 'text/csv; charset=utf-8';
const pdf = 'application/pdf';
/** The insurance certificate lies in the documents bucket. */
const insuranceFiles: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };
/** Publishing writes the catalogues' pages to the site bucket, with the items' first photos from the documents one. */
const publishes: FunctionNeeds = { table: 'read', site: 'readWrite', documents: 'read' };
/** An item's photos: upload forms, checked uploads kept under the item, short links (the documents bucket). */
const photos: FunctionNeeds = { table: 'readWrite', documents: 'readWrite' };
const readPhotos: FunctionNeeds = { table: 'read', documents: 'read' };

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
  // L2 loan form
  get('/api/loans/{loanId}/contract', 'loans/get-loan-form', { needs: read, summary: 'A loan’s form for staff, the borrower and their guardians (a stranger’s answers 404): the loan, its item, the contract’s content in French, whether insurance is needed, who may sign' }),
  get('/api/loans/{loanId}/contract.pdf', 'loans/get-loan-contract-pdf', { service: 'loans-labels', needs: read, download: pdf, summary: 'The contract as a PDF (prêt à usage, or rental), with the drawn signature and « Signé le … à … par … » once signed' }),
  post('/api/loans/{loanId}/insurance', 'loans/declare-loan-insurance', { needs: insuranceFiles, body: insuranceUploadSchema, answers: [201], summary: 'Declares the insurance certificate about to be uploaded (PDF, JPEG or PNG, 5 MB at most): a signed form to upload it' }),
  put('/api/loans/{loanId}/insurance', 'loans/record-loan-insurance', { needs: insuranceFiles, body: insuranceRecordSchema, summary: 'Records the uploaded certificate on the loan once it arrived as declared, on the version read' }),
  get('/api/loans/{loanId}/insurance', 'loans/get-loan-insurance', { needs: { table: 'read', documents: 'read' }, summary: 'A short link to download the insurance certificate' }),
  post('/api/loans/{loanId}/signature', 'loans/sign-loan', { needs: write, body: signatureInputSchema, summary: 'The borrower of age, or a guardian for a minor, signs the approved form on screen (typed name, drawn PNG): the time is recorded; the insurance first when needed' }),
  post('/api/loans/{loanId}/hand-over', 'loans/hand-over-loan', { needs: write, body: loanVersionSchema, summary: 'Staff hand a signed loan’s item over: the loan is out, the item « en prêt jusqu’au » its end, in one transaction (its catalogue written again)' }),
  post('/api/loans/{loanId}/return', 'loans/return-loan', { needs: write, body: returnInputSchema, summary: 'Staff check the item back: condition and notes; available again, or in servicing with a ticket in its history; the day marks left released' }),
  post('/api/loans/{loanId}/deposit-return', 'loans/return-loan-deposit', { needs: write, body: loanVersionSchema, summary: 'Staff record the deposit given back once the item is back: when and by whom' }),
  get('/api/loans/items/{itemId}/loans', 'loans/list-item-loans', { needs: read, summary: 'An item’s loans, by start, for staff: one query of its index' }),
  // L4 photos
  post('/api/loans/items/{itemId}/photo-uploads', 'loans/declare-photo-upload', { needs: photos, body: photoUploadSchema, answers: [201], summary: 'Staff declare a photo of an item (`contentType` JPEG or PNG, `size`, 5 MB at most): a signed form to upload it' }),
  post('/api/loans/items/{itemId}/photos', 'loans/add-photo', { needs: photos, body: photoClaimSchema, answers: [201], summary: 'Adds an uploaded photo to its item once its first bytes say JPEG or PNG: a new version, « photo ajoutée » in its history; six at most, held by the write' }),
  get('/api/loans/items/{itemId}/photos/{photoId}', 'loans/get-photo', { needs: readPhotos, summary: 'A short link to a photo of an item, for its sheet on the portal' }),
  del('/api/loans/items/{itemId}/photos/{photoId}', 'loans/remove-photo', { needs: photos, summary: 'Staff remove a photo of an item, and its file: a new version' }),
  // Loans (to come)
  // L3 overdue and campaign
  get('/api/loans/overdue', 'loans/list-overdue-loans', { needs: read, summary: '« Relances »: the loans out past their end date, the latest first, with the reminders sent to the borrower, the guardians and staff' }),
  post('/api/loans/campaigns', 'loans/open-campaign', { needs: write, body: campaignInputSchema, timeoutSeconds: 29, summary: 'Staff open a school year’s renewal campaign: a renewal asked for each loan running now whose borrower may renew, with the year’s dates; the same campaign twice creates nothing twice' }),
  get('/api/loans/campaigns/{year}', 'loans/get-campaign', { needs: read, params: { year: schoolYearSchema }, summary: 'A year’s campaign on one screen: each renewal with its borrower, instrument, answer and status' }),
  post('/api/loans/campaigns/{year}/decisions', 'loans/decide-renewals', { needs: write, params: { year: schoolYearSchema }, body: campaignDecisionsSchema, timeoutSeconds: 29, summary: 'Staff approve (through the item’s hold) and refuse renewals in one call; each says how it went' }),
  get('/api/loans/renewals', 'loans/list-my-renewals', { needs: read, summary: 'The asker’s renewals to answer, and their children’s' }),
  post('/api/loans/{loanId}/renewal-answer', 'loans/answer-renewal', { needs: write, body: renewalAnswerSchema, summary: '« Je renouvelle » or « je rends »: the borrower or a pupil’s guardian answers a renewal, until staff decide' }),
  // L2 loans
  get('/api/loans/availability', 'loans/get-availability', { needs: read, query: availabilityQuerySchema, summary: 'A family’s items and the days each is held over a month, by the status of the loan holding it (whose, to staff and to the borrower’s family only): two queries' }),
  // L6 the school's rules of lending
  get('/api/loans/rules', 'loans/get-loan-rules', { needs: read, summary: 'The school’s rules of lending (who may borrow each family, buffer days, free or rental) and their version, 0 for the defaults: one GetItem' }),
  put('/api/loans/rules', 'loans/save-loan-rules', { needs: write, body: loanRulesInputSchema, summary: 'Staff set the rules on the version they read (409 loan_rules_stale when another save came first), with the audit entry, in one transaction' }),
  post('/api/loans', 'loans/request-loan', { needs: write, body: loanRequestSchema, answers: [201], summary: 'A pupil, a guardian for their child, a teacher (or staff for anyone) ask to borrow an item, or any item of a kind, for a span; the school’s rules say who may borrow what' }),
  get('/api/loans', 'loans/list-loans', { needs: read, query: loanListQuerySchema, summary: 'The desk’s loans of a status (the waiting list first-years first), an item’s, a person’s, or one’s own and one’s children’s: one query each' }),
  get('/api/loans/{loanId}', 'loans/get-loan', { needs: read, summary: 'A loan, to staff, its requester, its borrower or their guardian' }),
  post('/api/loans/{loanId}/decision', 'loans/decide-loan', { needs: write, body: loanDecisionSchema, summary: 'Staff approve with an item (held over the span and buffer days in one transaction; 409 item_held naming the days), waitlist or refuse; the requester cancels' }),
]);

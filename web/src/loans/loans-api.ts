import type { ColumnMapping } from '#domain/loans/import-fields';
import type { Item, ItemChange, ItemCondition, ItemFamily, ItemInput, ItemUpdate } from '#domain/loans/item';
import type { Loan, LoanDocument, LoanStatus } from '#domain/loans/loan';
import type { LoanContract } from '#domain/loans/loan-contract';
import type { LoanDecisionInput, LoanRequestInput } from '#domain/loans/loan-input';
import type { LoanRule } from '#domain/loans/loan-rules';
import type { UploadForm } from '#domain/messaging/attachments';
import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';

export interface ItemPage {
  items: Item[];
  cursor?: string;
}

export interface ItemSheet {
  item: Item;
  history: {
    version: number;
    at: string;
    by: string;
    change: ItemChange['change'];
    fields: string[];
    loanId?: string;
    servicing?: { ticketId: string; notes?: string };
  }[];
}

// L2 loan form
/** A loan's form as its page shows it (the drawn signature stays in the PDF). */
export interface LoanForm {
  loan: Loan;
  item: Item;
  borrower: { personId: string; firstName: string; lastName: string };
  minor: boolean;
  contract: LoanContract;
  insuranceRequired: boolean;
  /** Staff: hand-over, return, deposit. */
  keeper: boolean;
  maySign: boolean;
}

export interface ItemLoan {
  loanId: string;
  number?: string;
  startDate: string;
  endDate: string;
  status: LoanStatus;
}

/** Posts a file with the form the API signed, on the storage's origin: no token nor cookie goes there. */
const uploadWithForm = async (form: UploadForm, file: Blob) => {
  const body = new FormData();
  for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
  body.append('file', file);
  const response = await fetch(form.url, { method: 'POST', body, credentials: 'omit' });
  if (!response.ok) throw new ApiError(response.status, '');
};

export interface ImportReport {
  applied: boolean;
  headers: string[];
  mapping: ColumnMapping;
  toCreate?: { line: number; kind: string; family: ItemFamily }[];
  created?: { line: number; itemId: string; kind: string; family: ItemFamily }[];
  already: number[];
  refused: { line: number; field: string; reason: string }[];
}

export interface CatalogueLinks {
  index: string;
  families: { family: ItemFamily; title: string; url: string }[];
}

// L3 overdue and campaign
interface PersonName {
  personId: string;
  firstName: string;
  lastName: string;
}

export interface OverdueLine {
  loanId: string;
  number?: string;
  itemId?: string;
  kind: string;
  borrower: PersonName;
  endDate: string;
  daysLate: number;
  /** The last reminder sent: 1 the borrower, 2 the guardians, 3 staff; 0 none yet. */
  step: number;
}

export interface OverdueList {
  today: string;
  items: OverdueLine[];
}

export interface Campaign {
  schoolYear: string;
  startDate: string;
  endDate: string;
}

export interface RenewalLine {
  loanId: string;
  renews: string;
  borrower: PersonName;
  itemId?: string;
  kind: string;
  startDate: string;
  endDate: string;
  status: LoanStatus;
  answer?: 'renew' | 'return';
}

export interface CampaignScreen {
  campaign: Campaign;
  renewals: RenewalLine[];
}

export type RenewalOutcome =
  | { loanId: string; outcome: 'approved' | 'refused' }
  | { loanId: string; code: string };

// L1 loans
/** A loan as the API answers it: with its borrower's name for those who may read it. */
export type LoanView = Loan & { borrowerName?: string };

// L6 the school's rules of lending
/** The school's rules and their version (0 while it keeps the defaults). */
export interface LoanRulesView {
  rules: LoanRule[];
  version: number;
}

export interface HeldDay {
  date: string;
  status: LoanStatus;
  buffer?: true;
  loanId?: string;
  borrowerId?: string;
}

export interface FamilyAvailability {
  family: ItemFamily;
  month: string;
  items: (Pick<Item, 'itemId' | 'kind' | 'maker' | 'model' | 'status' | 'condition'> & { held: HeldDay[] })[];
}

/** A signed-in download: the call carries the access token, a plain link could not. */
const download = async (fetchSignedIn: ((path: string) => Promise<Response>) | undefined, path: string) => {
  if (!fetchSignedIn) throw new Error('a download needs a signed-in fetch');
  const response = await fetchSignedIn(path);
  if (!response.ok) await readJson(response);
  if (!response.ok) throw new ApiError(response.status, '');
  return response.blob();
};

/** What the API answers to a photo's declaration: its id, and the signed form to upload it to the storage. */
interface PhotoUploadForm {
  photoId: string;
  upload: { url: string; fields: Record<string, string> };
}

/** A signed-in call that answers JSON, with a method and body of its own (`DELETE`). */
const signedInJson = async <T>(
  fetchSignedIn: ((path: string, init?: RequestInit) => Promise<Response>) | undefined,
  path: string,
  init: RequestInit,
) => {
  if (!fetchSignedIn) throw new Error('this call needs a signed-in fetch');
  return readJson<T>(await fetchSignedIn(path, init));
};

/** The calls of the instruments: items, their history, the import and export, the labels and the catalogues. */
export const loansApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  post: <T>(path: string) => Promise<T>,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
) => ({
  // L1 inventory
  items: (family: ItemFamily, filter: { q?: string; cursor?: string }, signal?: AbortSignal) =>
    getJson<ItemPage>(`/api/loans/items?${queryOf({ family, ...filter })}`, signal),
  item: (itemId: string, signal?: AbortSignal) =>
    getJson<ItemSheet>(`/api/loans/items/${segment(itemId)}`, signal),
  createItem: (input: ItemInput) => postJson<Item>('/api/loans/items', input),
  /** Refused with 412 when someone saved the item since `version`. */
  updateItem: (itemId: string, update: ItemUpdate) =>
    putJson<Item>(`/api/loans/items/${segment(itemId)}`, update),
  importItems: (input: { file: string; mapping: ColumnMapping; family: ItemFamily; apply: boolean }) =>
    postJson<ImportReport>('/api/loans/imports', input),
  inventoryCsv: (family?: ItemFamily) => download(fetchSignedIn, `/api/loans/export?${queryOf({ family })}`),
  labelsPdf: (family: ItemFamily) => download(fetchSignedIn, `/api/loans/labels?${queryOf({ family })}`),
  // L1 public catalogues
  catalogues: (signal?: AbortSignal) => getJson<CatalogueLinks>('/api/loans/catalogues', signal),
  publishCatalogues: () => post<CatalogueLinks>('/api/loans/catalogues'),
  // L2 loan form
  loanForm: (loanId: string, signal?: AbortSignal) =>
    getJson<LoanForm>(`/api/loans/${segment(loanId)}/contract`, signal),
  contractPdf: (loanId: string) => download(fetchSignedIn, `/api/loans/${segment(loanId)}/contract.pdf`),
  /** Declares the certificate, uploads it with the signed form, then records it on the loan's version. */
  sendInsurance: async (loanId: string, file: File, version: number) => {
    const declared = await postJson<{ document: { id: string }; upload: UploadForm }>(
      `/api/loans/${segment(loanId)}/insurance`,
      { name: file.name, contentType: file.type, size: file.size },
    );
    await uploadWithForm(declared.upload, file);
    return putJson<{ version: number; insuranceDocument: LoanDocument }>(
      `/api/loans/${segment(loanId)}/insurance`,
      {
        id: declared.document.id,
        name: file.name,
        contentType: file.type,
        size: file.size,
        version,
      },
    );
  },
  insuranceLink: (loanId: string) => getJson<{ url: string }>(`/api/loans/${segment(loanId)}/insurance`),
  signLoan: (loanId: string, signature: { typedName: string; drawing?: string; version: number }) =>
    postJson<{ version: number }>(`/api/loans/${segment(loanId)}/signature`, signature),
  handOverLoan: (loanId: string, version: number) =>
    postJson<{ version: number }>(`/api/loans/${segment(loanId)}/hand-over`, { version }),
  returnLoan: (
    loanId: string,
    input: { condition: ItemCondition; notes?: string; openServicing: boolean; version: number },
  ) => postJson<{ version: number }>(`/api/loans/${segment(loanId)}/return`, input),
  returnDeposit: (loanId: string, version: number) =>
    postJson<{ version: number }>(`/api/loans/${segment(loanId)}/deposit-return`, { version }),
  itemLoans: async (itemId: string, signal?: AbortSignal) =>
    (await getJson<{ loans: ItemLoan[] }>(`/api/loans/items/${segment(itemId)}/loans`, signal)).loans,
  // L3 overdue and campaign
  overdueLoans: (signal?: AbortSignal) => getJson<OverdueList>('/api/loans/overdue', signal),
  openCampaign: (schoolYear: string) =>
    postJson<{ campaign: Campaign; created: number; skipped: number }>('/api/loans/campaigns', {
      schoolYear,
    }),
  campaign: (schoolYear: string, signal?: AbortSignal) =>
    getJson<CampaignScreen>(`/api/loans/campaigns/${segment(schoolYear)}`, signal),
  decideRenewals: (schoolYear: string, decisions: { approve: string[]; refuse: string[]; reason?: string }) =>
    postJson<{ outcomes: RenewalOutcome[] }>(
      `/api/loans/campaigns/${segment(schoolYear)}/decisions`,
      decisions,
    ),
  myRenewals: (signal?: AbortSignal) => getJson<{ renewals: RenewalLine[] }>('/api/loans/renewals', signal),
  answerRenewal: (loanId: string, answer: 'renew' | 'return') =>
    postJson<{ loanId: string; answer: string }>(`/api/loans/${segment(loanId)}/renewal-answer`, { answer }),
  // L1 loans
  loanAvailability: (family: ItemFamily, month: string, signal?: AbortSignal) =>
    getJson<FamilyAvailability>(`/api/loans/availability?${queryOf({ family, month })}`, signal),
  requestLoan: (input: LoanRequestInput) => postJson<Loan>('/api/loans', input),
  /** One's own and one's children's loans; the desk's of a status; an item's; a person's. */
  listLoans: (filter: { status?: LoanStatus; itemId?: string; borrowerId?: string }, signal?: AbortSignal) =>
    getJson<{ loans: LoanView[] }>(`/api/loans?${queryOf(filter)}`, signal),
  // L6 the school's rules of lending
  loanRules: (signal?: AbortSignal) => getJson<LoanRulesView>('/api/loans/rules', signal),
  /** Refused with 409 `loan_rules_stale` when someone saved the rules since `version`. */
  saveLoanRules: (input: { version: number; rules: Record<string, unknown>[] }) =>
    putJson<LoanRulesView>('/api/loans/rules', input),
  decideLoan: (loanId: string, input: LoanDecisionInput) =>
    postJson<Loan>(`/api/loans/${segment(loanId)}/decision`, input),
  // L4 photos
  /** A short link to a photo of an item, for an `<img>`. */
  photoUrl: async (itemId: string, photoId: string, signal?: AbortSignal) =>
    (await getJson<{ url: string }>(`/api/loans/items/${segment(itemId)}/photos/${segment(photoId)}`, signal))
      .url,
  /**
   * Declares a photo, uploads it with the signed form (to the storage's origin: neither the access token nor a
   * cookie travel there), then adds it to its item once the API has checked its bytes.
   */
  addPhoto: async (itemId: string, file: File) => {
    const { photoId, upload } = await postJson<PhotoUploadForm>(
      `/api/loans/items/${segment(itemId)}/photo-uploads`,
      { contentType: file.type, size: file.size },
    );
    const body = new FormData();
    for (const [field, value] of Object.entries(upload.fields)) body.append(field, value);
    body.append('file', file);
    const sent = await fetch(upload.url, { method: 'POST', body, credentials: 'omit' });
    if (!sent.ok) throw new ApiError(sent.status, '');
    return postJson<Item>(`/api/loans/items/${segment(itemId)}/photos`, { photoId });
  },
  removePhoto: (itemId: string, photoId: string) =>
    signedInJson<Item>(fetchSignedIn, `/api/loans/items/${segment(itemId)}/photos/${segment(photoId)}`, {
      method: 'DELETE',
    }),
});

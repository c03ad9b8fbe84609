import type { ColumnMapping } from '#domain/loans/import-fields';
import type { Item, ItemFamily, ItemInput, ItemUpdate } from '#domain/loans/item';
import type { Loan, LoanStatus } from '#domain/loans/loan';
import type { LoanDecisionInput, LoanRequestInput } from '#domain/loans/loan-input';
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
    change: 'created' | 'updated' | 'imported';
    fields: string[];
  }[];
}

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

// L1 loans
/** A loan as the API answers it: with its borrower's name for those who may read it. */
export type LoanView = Loan & { borrowerName?: string };

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
  // L1 loans
  loanAvailability: (family: ItemFamily, month: string, signal?: AbortSignal) =>
    getJson<FamilyAvailability>(`/api/loans/availability?${queryOf({ family, month })}`, signal),
  requestLoan: (input: LoanRequestInput) => postJson<Loan>('/api/loans', input),
  /** One's own and one's children's loans; the desk's of a status; an item's; a person's. */
  listLoans: (filter: { status?: LoanStatus; itemId?: string; borrowerId?: string }, signal?: AbortSignal) =>
    getJson<{ loans: LoanView[] }>(`/api/loans?${queryOf(filter)}`, signal),
  decideLoan: (loanId: string, input: LoanDecisionInput) =>
    postJson<Loan>(`/api/loans/${segment(loanId)}/decision`, input),
});

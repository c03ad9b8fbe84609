import type { ColumnMapping } from '#domain/loans/import-fields';
import type { Item, ItemChange, ItemFamily, ItemInput, ItemUpdate } from '#domain/loans/item';
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

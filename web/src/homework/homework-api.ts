import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type {
  Book,
  BookKind,
  BookReader,
  DueList,
  EntryDraft,
  SessionEntry,
  SessionPageData,
  SessionRef,
  ShelfLink,
} from './homework-types';

const sessionPath = ({ activityId, seriesDate }: SessionRef) =>
  `/api/homework/sessions/${segment(activityId)}/${segment(seriesDate)}`;

/** The calls of the homework book: sessions, a pupil's work, ticks, books and shelves. */
export const homeworkApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  deleteJson: <T>(path: string) => Promise<T>,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
) => ({
  homeworkSession: (ref: SessionRef, signal?: AbortSignal) =>
    getJson<SessionPageData>(sessionPath(ref), signal),

  /** Refused with 412 when someone wrote the session since `version`. */
  writeHomeworkSession: (ref: SessionRef, draft: EntryDraft) =>
    putJson<SessionEntry>(sessionPath(ref), draft),

  copyHomeworkSession: (from: SessionRef, to: SessionRef) =>
    postJson<SessionEntry>(`${sessionPath(from)}/copy`, { to }),

  dueWork: (pupilId: string, signal?: AbortSignal, span: { from?: string; to?: string } = {}) =>
    getJson<DueList>(`/api/homework/pupils/${segment(pupilId)}/due?${queryOf(span)}`, signal),

  tickWork: (pupilId: string, tick: SessionRef & { workId: string; done: boolean }) =>
    putJson<{ workId: string; done: boolean }>(`/api/homework/pupils/${segment(pupilId)}/done`, tick),

  homeworkBook: (kind: BookKind, id: string, signal?: AbortSignal) =>
    getJson<Book>(`/api/homework/books/${segment(kind)}/${segment(id)}`, signal),

  /** The book as a PDF: the call carries the access token, a plain link could not. */
  homeworkBookPdf: async (kind: BookKind, id: string): Promise<Blob> => {
    if (!fetchSignedIn) throw new Error('homeworkBookPdf needs a signed-in fetch');
    const response = await fetchSignedIn(`/api/homework/books/${segment(kind)}/${segment(id)}/pdf`);
    if (!response.ok) await readJson(response);
    if (!response.ok) throw new ApiError(response.status, '');
    return response.blob();
  },

  homeworkShelf: async (classId: string, signal?: AbortSignal) =>
    (
      await getJson<{ classId: string; links: ShelfLink[] }>(
        `/api/homework/classes/${segment(classId)}/shelf`,
        signal,
      )
    ).links,

  addShelfLink: (classId: string, link: { url: string; title: string; comment: string }) =>
    postJson<ShelfLink>(`/api/homework/classes/${segment(classId)}/shelf`, link),

  removeShelfLink: (classId: string, linkId: string) =>
    deleteJson<undefined>(`/api/homework/classes/${segment(classId)}/shelf/${segment(linkId)}`),

  homeworkReaders: async (signal?: AbortSignal) =>
    (await getJson<{ items: BookReader[] }>('/api/homework/readers', signal)).items,

  grantHomeworkReader: (personId: string) =>
    putJson<{ personId: string; name: string }>(`/api/homework/readers/${segment(personId)}`, undefined),

  revokeHomeworkReader: (personId: string) =>
    deleteJson<undefined>(`/api/homework/readers/${segment(personId)}`),
});

import type { followLiaisonNote } from '#domain/messaging/follow-liaison-note';
import type { LiaisonNote, NewLiaisonNote } from '#domain/messaging/liaison-note';
import type { ReceivedNote } from '#domain/messaging/read-liaison-notes';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { segment } from '../shell/http/url-parts';

export type { LiaisonNote, NewLiaisonNote } from '#domain/messaging/liaison-note';
export type { ReceivedNote } from '#domain/messaging/read-liaison-notes';

/** A note as its author follows it: who signed, who has not (by name when the author may read them). */
export type FollowedNote = Awaited<ReturnType<typeof followLiaisonNote>> & { view: 'author' };
export type ReadNote = FollowedNote | (ReceivedNote & { view: 'received' });

/** The calls of the liaison book's pages. */
export const liaisonApi = (getJson: GetJson, postJson: SendJson, post: <T>(path: string) => Promise<T>) => ({
  /** A guardian's notes, unsigned first, and a pupil's about them; with the count of those to sign. */
  receivedNotes: (signal?: AbortSignal) =>
    getJson<{ items: ReceivedNote[]; unsignedCount: number }>('/api/liaison-notes', signal),

  writtenNotes: async (signal?: AbortSignal) =>
    (await getJson<{ items: LiaisonNote[] }>('/api/liaison-notes?view=written', signal)).items,

  liaisonNote: (noteId: string, signal?: AbortSignal) =>
    getJson<ReadNote>(`/api/liaison-notes/${segment(noteId)}`, signal),

  postLiaisonNote: (note: NewLiaisonNote) => postJson<LiaisonNote>('/api/liaison-notes', note),

  /** Refused with 409 `liaison_already_signed` (and the time) when signed already. */
  signLiaisonNote: (noteId: string) =>
    post<{ noteId: string; signedAt: string }>(`/api/liaison-notes/${segment(noteId)}/signature`),

  remindLiaisonNote: (noteId: string) =>
    post<{ noteId: string; remindedOn: string; reminded: number }>(
      `/api/liaison-notes/${segment(noteId)}/reminders`,
    ),
});

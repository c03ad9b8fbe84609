import type { HalfDayCount } from '#domain/attendance/absence-counts';
import type { Justification } from '#domain/attendance/justification';
import type { JustificationDocument, JustificationUpload } from '#domain/attendance/justification-documents';
import type { UploadForm } from '#domain/messaging/attachments';
import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';

export interface PupilName {
  personId: string;
  firstName: string;
  lastName: string;
  classId?: string;
}

export interface ListedAbsence {
  activityId: string;
  seriesDate: string;
  title: string;
  date: string;
  start: string;
  end: string;
  kind: 'absent' | 'late';
  minutes?: number;
  standing: 'justified' | 'pending' | 'refused' | 'unjustified' | 'late';
}

export interface PupilAbsences {
  pupil: PupilName;
  from: string;
  to: string;
  count: HalfDayCount;
  absences: ListedAbsence[];
  justifications: Justification[];
}

export interface JustificationDraft {
  from: string;
  fromHalf: 'am' | 'pm';
  to: string;
  toHalf: 'am' | 'pm';
  reason: string;
  note: string;
  /** The checked upload of a document (a doctor's note), by its id. */
  documentId?: string;
}

export interface ClassCounts {
  classId: string;
  from: string;
  to: string;
  pupils: { pupil: PupilName; count: HalfDayCount; flaggedMonths: string[] }[];
  total: HalfDayCount;
}

const pupilPath = (pupilId: string) => `/api/attendance/pupils/${segment(pupilId)}`;

/** The calls of the absences: a pupil's, a family's reason, vie scolaire's decisions, counts, flags, export. */
export const absencesApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
) => ({
  pupilAbsences: (pupilId: string, signal?: AbortSignal, span: { from?: string; to?: string } = {}) =>
    getJson<PupilAbsences>(`${pupilPath(pupilId)}/absences?${queryOf(span)}`, signal),

  declareJustification: (pupilId: string, draft: JustificationDraft) =>
    postJson<Justification>(`${pupilPath(pupilId)}/justifications`, draft),

  /** Declares the document of a reason about to be sent: a signed form to upload it. */
  declareDocument: (file: JustificationUpload) =>
    postJson<{ document: JustificationDocument; upload: UploadForm }>(
      '/api/attendance/justification-documents',
      file,
    ),

  /** A short link to a reason's document: for its declarer and vie scolaire. */
  documentLink: (pupilId: string, justificationId: string) =>
    getJson<{ url: string }>(`${pupilPath(pupilId)}/justifications/${segment(justificationId)}/document`),

  /** Refused with 409 `already_decided` when someone decided first. */
  decideJustification: (
    pupilId: string,
    justificationId: string,
    decision: { decision: 'accepted' | 'refused'; answer: string; version: number },
  ) =>
    putJson<Justification>(
      `${pupilPath(pupilId)}/justifications/${segment(justificationId)}/decision`,
      decision,
    ),

  pendingJustifications: (signal?: AbortSignal) =>
    getJson<{ justifications: (Justification & { pupil?: PupilName })[] }>(
      '/api/attendance/justifications',
      signal,
    ),

  flaggedPupils: (signal?: AbortSignal) =>
    getJson<{ month: string; pupils: { pupil: PupilName; count: number; flaggedAt: string }[] }>(
      '/api/attendance/flagged',
      signal,
    ),

  classAbsenceCounts: (classId: string, span: { from?: string; to?: string }, signal?: AbortSignal) =>
    getJson<ClassCounts>(`/api/attendance/classes/${segment(classId)}/counts?${queryOf(span)}`, signal),

  /** The class's attendance as a CSV: the call carries the access token, a plain link could not. */
  absencesCsv: async (query: { classId: string; from: string; to: string }): Promise<Blob> => {
    if (!fetchSignedIn) throw new Error('absencesCsv needs a signed-in fetch');
    const response = await fetchSignedIn(`/api/attendance/export?${queryOf(query)}`);
    if (!response.ok) await readJson(response);
    if (!response.ok) throw new ApiError(response.status, '');
    return response.blob();
  },
});

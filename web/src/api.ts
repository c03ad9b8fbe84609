import type { Place, PlaceKind } from '#domain/places/place';
import { absencesApi } from './attendance/absences-api';
import { attendanceApi } from './attendance/attendance-api';
import { auditApi } from './audit/audit-api';
import { bookingApi } from './booking/booking-api';
import { homeworkApi } from './homework/homework-api';
import type { ActivationBatch, BatchScope } from './identity/batch';
import type { CreatedImport, ImportJob, ImportRequest, ImportRunStarted } from './imports/import-job';
import type { SchoolYears } from './imports/school-years';
import { loansApi } from './loans/loans-api';
import { workGroupsApi } from './messaging/groups-api';
import { liaisonApi } from './messaging/liaison-api';
import { messagingApi } from './messaging/messaging-api';
import { notificationsApi } from './messaging/notifications-api';
import { messagingSafetyApi } from './messaging/safety-api';
import type { FoundPerson, PeopleQuery } from './people/directory-query';
import type { DuplicateGroup, GuardianMerge } from './people/duplicate-group';
import type { ActivatedAccount, ClassSummary, Me, PersonSheet, PersonSummary } from './people/person';
import { planningApi } from './planning/planning-api';
import { requestsApi } from './requests/requests-api';
import { salesApi } from './sales/sales-api';
import { sharingApi } from './sharing/sharing-api';
import { ApiError } from './shell/http/api-errors';
import { acceptJson, type FetchFromServer, readJson, send, sendJson } from './shell/http/exchange';
import type { School } from './shell/session/school';
import { createSession } from './shell/session/session';
import { timeApi } from './time/time-api';

export { ApiError, ApiUnreachableError } from './shell/http/api-errors';

export type { School } from './shell/session/school';

export interface PlaceFilters {
  kind?: PlaceKind;
  site?: string;
}

interface PlacePage {
  items: Place[];
  nextCursor: string | null;
}

/** A OneRoster export just made: a short-lived link to its zip, and what it holds. */
export interface DirectoryExport {
  url: string;
  people: number;
  classes: number;
}

interface Items<T> {
  items: T[];
}

/** A page of places big enough that a school rarely needs a second request. */
const pageSize = 500;

/** How long an answer asked for before its page waits for it: a page's first render, even on a slow phone. */
const prefetchedFor = 15_000;

/**
 * Every call of the web app to its API, on the same origin as the page. `fetch` is a parameter so that tests can
 * stand in for the server. Health and activation are public, signing in and out is the session's; every other
 * call carries the session's access token.
 */
export const createApi = (fetchFromServer: FetchFromServer = (path, init) => fetch(path, init)) => {
  const session = createSession(fetchFromServer);

  const fetchJson = async <T>(path: string, signal?: AbortSignal): Promise<T> =>
    readJson<T>(await session.fetchSignedIn(path, { headers: acceptJson, signal }));

  // Answers asked for before their page (from its address, while its code arrives): each serves the first call of
  // its path, once, and only for a short while, so that a page opened later never shows an old answer.
  const prefetched = new Map<string, Promise<unknown>>();
  const prefetchJson = (path: string) => {
    if (prefetched.has(path)) return;
    const answer = fetchJson(path);
    // Its failure is the page's to show, when it takes it.
    answer.catch(() => undefined);
    prefetched.set(path, answer);
    setTimeout(() => {
      if (prefetched.get(path) === answer) prefetched.delete(path);
    }, prefetchedFor);
  };

  const getJson = <T>(path: string, signal?: AbortSignal): Promise<T> => {
    const early = prefetched.get(path) as Promise<T> | undefined;
    if (!early) return fetchJson<T>(path, signal);
    prefetched.delete(path);
    return early;
  };

  const postJson = async <T>(path: string, body: unknown): Promise<T> =>
    readJson<T>(
      await session.fetchSignedIn(path, { method: 'POST', headers: sendJson, body: JSON.stringify(body) }),
    );

  const post = async <T>(path: string): Promise<T> =>
    readJson<T>(await session.fetchSignedIn(path, { method: 'POST', headers: acceptJson }));

  const putJson = async <T>(path: string, body: unknown): Promise<T> =>
    readJson<T>(
      await session.fetchSignedIn(path, { method: 'PUT', headers: sendJson, body: JSON.stringify(body) }),
    );

  const deleteJson = async <T>(path: string): Promise<T> =>
    readJson<T>(await session.fetchSignedIn(path, { method: 'DELETE', headers: acceptJson }));

  const importPath = (jobId: string) => `/api/imports/${encodeURIComponent(jobId)}`;

  return {
    session,

    health: async (signal?: AbortSignal): Promise<School> => {
      const response = await send(fetchFromServer, '/api/health', { headers: acceptJson, signal });
      return (await readJson<{ status: string; school: School }>(response)).school;
    },

    /** Opens an account with the code of its activation letter and the password the person chose. */
    activate: async (code: string, password: string): Promise<ActivatedAccount> => {
      const response = await send(fetchFromServer, '/api/activation', {
        method: 'POST',
        headers: sendJson,
        body: JSON.stringify({ code, password }),
      });
      return readJson<ActivatedAccount>(response);
    },

    /** Asks for a code by e-mail to reset the password; the answer is the same whether a mail left or not. */
    requestPasswordReset: async (username: string): Promise<void> => {
      const response = await send(fetchFromServer, '/api/session/forgot-password', {
        method: 'POST',
        headers: sendJson,
        body: JSON.stringify({ username }),
      });
      await readJson<{ requested: true }>(response);
    },

    /** Sets a new password with the code of the mail. */
    resetPassword: async (reset: { username: string; code: string; password: string }): Promise<void> => {
      const response = await send(fetchFromServer, '/api/session/reset-password', {
        method: 'POST',
        headers: sendJson,
        body: JSON.stringify(reset),
      });
      await readJson<{ username: string }>(response);
    },

    me: (signal?: AbortSignal) => getJson<Me>('/api/me', signal),

    person: (personId: string, signal?: AbortSignal) =>
      getJson<PersonSheet>(`/api/people/${encodeURIComponent(personId)}`, signal),

    /** People by name, kind or class; a search too broad is refused with 400 on `name`. */
    searchPeople: async (search: PeopleQuery, signal?: AbortSignal): Promise<FoundPerson[]> => {
      const query = new URLSearchParams(
        Object.entries(search).map(([key, value]): [string, string] => [key, String(value)]),
      );
      return (await getJson<Items<FoundPerson>>(`/api/people?${query}`, signal)).items;
    },

    classes: async (signal?: AbortSignal): Promise<ClassSummary[]> =>
      (await getJson<Items<ClassSummary>>('/api/classes', signal)).items,

    classStudents: async (classId: string, signal?: AbortSignal): Promise<PersonSummary[]> =>
      (await getJson<Items<PersonSummary>>(`/api/classes/${encodeURIComponent(classId)}/students`, signal))
        .items,

    createActivationBatch: (scope: BatchScope) => postJson<ActivationBatch>('/api/activation-batches', scope),

    duplicateGuardians: async (signal?: AbortSignal): Promise<DuplicateGroup[]> =>
      (await getJson<Items<DuplicateGroup>>('/api/duplicate-guardians', signal)).items,

    /** Merges records into the one kept, and answers with its sheet. */
    mergeGuardians: (merge: GuardianMerge) => postJson<PersonSheet>('/api/duplicate-guardians/merge', merge),

    exportOneRoster: () => post<DirectoryExport>('/api/exports/oneroster'),

    schoolYears: (signal?: AbortSignal) => getJson<SchoolYears>('/api/school-years', signal),

    /** Starts the switch to next year; it runs in the background, `schoolYears` says when it is over. */
    switchSchoolYear: () => post<{ switching: boolean }>('/api/school-years/switch'),

    createImport: (request: ImportRequest) => postJson<CreatedImport>('/api/imports', request),

    /**
     * Puts a file at the upload address of its import. The address is signed for that one file and lives on the
     * storage's origin: the access token must not travel there, nor any cookie.
     */
    uploadImportFile: async (url: string, file: Blob, signal?: AbortSignal): Promise<void> => {
      const response = await send(fetchFromServer, url, {
        method: 'PUT',
        body: file,
        credentials: 'omit',
        signal,
      });
      if (!response.ok) throw new ApiError(response.status, '');
    },

    startImportCheck: (jobId: string) => post<ImportRunStarted>(`${importPath(jobId)}/dry-run`),

    /** `confirmYear` confirms the school year of files of another year than the import fills. */
    applyImport: (jobId: string, confirmYear?: string) =>
      confirmYear === undefined
        ? post<ImportRunStarted>(`${importPath(jobId)}/apply`)
        : postJson<ImportRunStarted>(`${importPath(jobId)}/apply`, { confirmYear }),

    importJob: (jobId: string, signal?: AbortSignal) => getJson<ImportJob>(importPath(jobId), signal),

    /** Every active place matching the filters, by name: follows the cursor to the last page. */
    allPlaces: async (filters: PlaceFilters, signal?: AbortSignal): Promise<Place[]> => {
      const places: Place[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({ status: 'active', limit: String(pageSize) });
        if (filters.kind) query.set('kind', filters.kind);
        if (filters.site) query.set('site', filters.site);
        if (cursor) query.set('cursor', cursor);
        const page: PlacePage = await getJson<PlacePage>(`/api/places?${query}`, signal);
        places.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return places;
    },

    ...planningApi(getJson, postJson, session.fetchSignedIn, prefetchJson),

    ...sharingApi(getJson, postJson, deleteJson),

    ...requestsApi(getJson, postJson, putJson),
    ...workGroupsApi(getJson, postJson, putJson, post, deleteJson, fetchFromServer),
    ...messagingApi(getJson, postJson),
    ...notificationsApi(getJson, postJson, putJson, post),

    ...bookingApi(getJson, postJson, putJson, deleteJson),
    ...homeworkApi(getJson, postJson, putJson, deleteJson, session.fetchSignedIn),
    ...absencesApi(getJson, postJson, putJson, session.fetchSignedIn),
    ...attendanceApi(getJson, putJson),
    ...loansApi(getJson, postJson, putJson, post, session.fetchSignedIn),
    ...salesApi(getJson, postJson, putJson, deleteJson, session.fetchSignedIn),
    ...timeApi(getJson, postJson, putJson, session.fetchSignedIn, deleteJson),

    ...auditApi(getJson, putJson, session.fetchSignedIn),
    ...liaisonApi(getJson, postJson, post),
    ...messagingSafetyApi(getJson, postJson, putJson, post, deleteJson),
  };
};

export type Api = ReturnType<typeof createApi>;

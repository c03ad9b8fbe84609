import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';
import type {
  Activity,
  ActivityDetail,
  Agenda,
  AgendaItem,
  Cancellation,
  DayQuery,
  FreePlaceQuery,
  NewActivity,
  NewProject,
  OccurrenceMove,
  PlaceSummary,
  PlacesDay,
  Project,
  ProjectListItem,
  ProjectSheet,
  ResourceKind,
} from './planning-types';

const agendaPath = (kind: ResourceKind, id: string, { from, to }: { from: string; to: string }) =>
  `/api/agenda/${segment(kind)}/${segment(id)}?${queryOf({ from, to })}`;

/** The calls of the planning pages: plannings by resource and day, projects, activities and their changes. */
export const planningApi = (
  getJson: GetJson,
  postJson: SendJson,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
  prefetchJson?: (path: string) => void,
) => ({
  agenda: (kind: ResourceKind, id: string, span: { from: string; to: string }, signal?: AbortSignal) =>
    getJson<Agenda>(agendaPath(kind, id, span), signal),

  /** Asks for an agenda before its page does (from the address, as the portal starts): the page's call takes it. */
  prefetchAgenda: (kind: ResourceKind, id: string, span: { from: string; to: string }) =>
    prefetchJson?.(agendaPath(kind, id, span)),

  /** The week's timetable as a PDF to print: the call carries the access token, a plain link could not. */
  timetablePdf: async (kind: ResourceKind, id: string, date: string): Promise<Blob> => {
    if (!fetchSignedIn) throw new Error('timetablePdf needs a signed-in fetch');
    const response = await fetchSignedIn(
      `/api/agenda/${segment(kind)}/${segment(id)}/pdf?${queryOf({ date })}`,
    );
    if (!response.ok) await readJson(response);
    if (!response.ok) throw new ApiError(response.status, '');
    return response.blob();
  },

  placesDay: ({ date, site, kind }: DayQuery, signal?: AbortSignal) =>
    getJson<PlacesDay>(`/api/planning/day?${queryOf({ date, site, kind })}`, signal),

  /** The activities of a day that overlap on a room, a person, a class or equipment. */
  dayConflicts: async (date: string, signal?: AbortSignal): Promise<AgendaItem[]> =>
    (await getJson<{ items: AgendaItem[] }>(`/api/planning/day-conflicts?${queryOf({ date })}`, signal))
      .items,

  freePlaces: async (query: FreePlaceQuery, signal?: AbortSignal): Promise<PlaceSummary[]> =>
    (await getJson<{ items: PlaceSummary[] }>(`/api/planning/free-places?${queryOf({ ...query })}`, signal))
      .items,

  projects: async (signal?: AbortSignal): Promise<ProjectListItem[]> =>
    (await getJson<{ items: ProjectListItem[] }>('/api/projects', signal)).items,

  /** The projects the signed-in person is a member of. */
  ownProjects: async (signal?: AbortSignal): Promise<ProjectListItem[]> =>
    (await getJson<{ items: ProjectListItem[] }>('/api/projects?mine=true', signal)).items,

  createProject: (project: NewProject) => postJson<Project>('/api/projects', project),

  project: (projectId: string, signal?: AbortSignal) =>
    getJson<ProjectSheet>(`/api/projects/${segment(projectId)}`, signal),

  activity: (activityId: string, signal?: AbortSignal) =>
    getJson<ActivityDetail>(`/api/activities/${segment(activityId)}`, signal),

  /** Refused with 409 and the list of conflicts, unless `acceptConflicts` says to save over them. */
  scheduleActivity: (projectId: string, activity: NewActivity) =>
    postJson<{ activity: Activity; occurrences: number }>(
      `/api/projects/${segment(projectId)}/activities`,
      activity,
    ),

  moveActivity: (activityId: string, move: OccurrenceMove) =>
    postJson<{ activity: Activity }>(`/api/activities/${segment(activityId)}/move`, move),

  cancelActivity: (activityId: string, cancellation: Cancellation) =>
    postJson<{ activity: Activity }>(`/api/activities/${segment(activityId)}/cancel`, cancellation),
});

import type { Breach } from '#domain/time/check-shift';
import type { Skill, StaffContract } from '#domain/time/contract';
import type { ExceptionGround } from '#domain/time/rulebooks';
import type { ShiftException, ShiftInput, ShiftLink, ShiftTimes, ShiftWork } from '#domain/time/shift';
import type { PersonTotals as DomainPersonTotals, ProjectPersonCost } from '#domain/time/time-totals';
import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';

/**
 * A rule a shift breaks, as a refusal (409 `shift_breaks_rule`) or an accepted shift lists it: the rule, its limit
 * and the figure, and the grounds of exception its rulebook allows (`grounds` in the agreed API, `exceptionGrounds`
 * in the domain's checker: either is read).
 */
export type ShiftBreach = Pick<Breach, 'ruleId' | 'limit' | 'actual' | 'unit'> &
  Partial<Pick<Breach, 'on' | 'exceptionAllowed' | 'exceptionLimit' | 'source' | 'acceptedWith'>> & {
    grounds?: readonly ExceptionGround[];
    exceptionGrounds?: readonly ExceptionGround[];
  };

/** The grounds of exception a breach allows, whichever name the API gives them. */
export const groundsOf = (breach: ShiftBreach): readonly ExceptionGround[] =>
  breach.grounds ?? breach.exceptionGrounds ?? [];

/** A shift of a week, as the week's page shows it. */
export interface WeekShift {
  shiftId: string;
  version: number;
  personId: string;
  work: ShiftWork;
  link?: ShiftLink;
  projectName?: string;
  planned: ShiftTimes;
  actual?: ShiftTimes;
  exception?: ShiftException;
  accepted: ShiftBreach[];
}

/** One person's week: their contract, planned and actual minutes, approval and shifts. */
export interface PersonWeek {
  personId: string;
  name: string;
  contract: StaffContract | null;
  plannedMinutes: number;
  actualMinutes: number;
  approved: { at: string; by: string } | null;
  shifts: WeekShift[];
}

export interface TeamWeek {
  monday: string;
  people: PersonWeek[];
}

/** Someone who could take a shift: skilled first, free first. */
export interface Candidate {
  personId: string;
  name: string;
  skills: Skill[];
  free: boolean;
  busyWith?: 'shift' | 'activity';
}

/** A production (or any project) a shift may serve. */
export interface LinkableProject {
  id: string;
  name: string;
  kind: string;
}

/** A person's totals over a span: its weeks and months, the rolling 12 weeks, planned and actual by kind of hour. */
export type PersonTotals = DomainPersonTotals & { name: string };

/** A production's hours and cost per person (by name) and in all; the cost in cents, unpriced minutes apart. */
export interface ProjectTotals {
  projectId: string;
  people: (ProjectPersonCost & { name: string })[];
  total: Omit<ProjectPersonCost, 'personId'>;
}

export interface PlannedShift {
  shift: WeekShift;
  accepted: ShiftBreach[];
}

/** What the refusal of a shift says: the code, and for a broken rule the breaches. */
export const breachesOf = (error: unknown): ShiftBreach[] =>
  error instanceof ApiError && error.code === 'shift_breaks_rule' && Array.isArray(error.details?.breaches)
    ? (error.details.breaches as ShiftBreach[])
    : [];

/** A signed-in download: the call carries the access token, a plain link could not. */
const download = async (fetchSignedIn: ((path: string) => Promise<Response>) | undefined, path: string) => {
  if (!fetchSignedIn) throw new Error('a download needs a signed-in fetch');
  const response = await fetchSignedIn(path);
  if (!response.ok) await readJson(response);
  if (!response.ok) throw new ApiError(response.status, '');
  return response.blob();
};

/** The calls of the « Temps » pages: the team's week, candidates, shifts, actual hours, approval, exports. */
export const timeApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
  deleteJson?: <T>(path: string) => Promise<T>,
) => ({
  /** The team's week (`personId` for one person; staff without time:plan get only themselves). */
  timeWeek: (monday: string, personId: string | undefined, signal?: AbortSignal) =>
    getJson<TeamWeek>(`/api/time/weeks/${segment(monday)}?${queryOf({ personId })}`, signal),
  timeCandidates: (search: { startsAt: string; endsAt: string; skill?: Skill | '' }, signal?: AbortSignal) =>
    getJson<{ people: Candidate[] }>(`/api/time/candidates?${queryOf(search)}`, signal),
  /** The productions a shift may serve. */
  timeProductions: async (signal?: AbortSignal) =>
    (await getJson<{ items: LinkableProject[] }>('/api/projects?kind=production', signal)).items,
  /** Refused with 409 `shift_breaks_rule` (its breaches), `person_busy` or `week_approved`. */
  planShift: (input: ShiftInput) => postJson<PlannedShift>('/api/time/shifts', input),
  /** Changes a shift on the version read: refused as a new one is, or 412 `stale_version`. */
  changeShift: (shiftId: string, input: ShiftInput & { version: number }) =>
    putJson<PlannedShift>(`/api/time/shifts/${segment(shiftId)}`, input),
  /** Removes a shift on the version read (204). */
  removeShift: async (shiftId: string, version: number) => {
    if (!deleteJson) throw new Error('removing a shift needs a signed-in delete');
    await deleteJson<unknown>(
      `/api/time/shifts/${segment(shiftId)}?${queryOf({ version: String(version) })}`,
    );
  },
  recordActualHours: (shiftId: string, input: ShiftTimes & { version: number }) =>
    putJson<{ shift: WeekShift }>(`/api/time/shifts/${segment(shiftId)}/actual`, input),
  approveWeek: (monday: string, personIds: string[]) =>
    postJson<{ approved: string[] }>(`/api/time/weeks/${segment(monday)}/approvals`, { personIds }),
  reopenWeek: (monday: string, personId: string, reason: string) =>
    postJson<unknown>(`/api/time/weeks/${segment(monday)}/reopenings`, { personId, reason }),
  timeTotals: (query: { personId: string; from: string; to: string }, signal?: AbortSignal) =>
    getJson<{ from: string; to: string; people: PersonTotals[] }>(
      `/api/time/totals?${queryOf(query)}`,
      signal,
    ),
  /** A production's hours and cost, per person and in all, at each contract's hourly rate. */
  projectTotals: (projectId: string, signal?: AbortSignal) =>
    getJson<ProjectTotals>(`/api/time/projects/${segment(projectId)}/totals`, signal),
  /** The month's intermittent contracts, CSV for French Excel: hours, or cachets alone or grouped. */
  intermittentsCsv: (month: string) =>
    download(fetchSignedIn, `/api/time/exports/intermittents.csv?${queryOf({ month })}`),
  /** The month's payroll, CSV for French Excel: one line per person, period and kind of hour. */
  payrollCsv: (month: string) =>
    download(fetchSignedIn, `/api/time/exports/payroll.csv?${queryOf({ month })}`),
});

/** What the planning API answers: the domain's own types where they exist, so that page and API cannot drift. */
import type { Activity, Schedule } from '#domain/planning/activity';
import type { AgendaItem } from '#domain/planning/agenda-entry';
import type { FreePlaceQuery } from '#domain/planning/free-places';
import type { placeSummary } from '#domain/planning/places-day';
import type { PlanningConflict } from '#domain/planning/planning-conflict';
import type { ResourceKind } from '#domain/planning/planning-resource';
import type { Project, ProjectKind, ProjectStatus } from '#domain/planning/project';
import type { Closure } from '#domain/planning/school-calendar';

export type {
  Activity,
  AgendaItem,
  FreePlaceQuery,
  PlanningConflict,
  Project,
  ProjectKind,
  ResourceKind,
  Schedule,
};

/** A place as the planning API shows it: what a planner chooses a room by. */
export type PlaceSummary = ReturnType<typeof placeSummary>;

/** A day of a planning: closed days (holidays, Sundays) say why. */
export interface AgendaDay {
  date: string;
  open: boolean;
  closure?: Closure;
  reason?: string;
  items: AgendaItem[];
}

/** The planning of a place, a person, a class or a project over some days. */
export interface Agenda {
  resource: { kind: ResourceKind; id: string; label: string };
  days: AgendaDay[];
}

/** The general planning of a day: each place with what takes place there. */
export interface PlacesDay {
  date: string;
  open: boolean;
  closure?: Closure;
  reason?: string;
  places: { place: PlaceSummary; items: AgendaItem[] }[];
}

export interface ProjectListItem {
  id: string;
  kind: ProjectKind;
  name: string;
  status: ProjectStatus;
  subject?: string;
}

export interface ProjectSheet {
  project: Project;
  activities: Activity[];
  people: { personId: string; firstName: string; lastName: string }[];
  classes: { classId: string; label: string }[];
}

export interface Occurrence {
  seriesDate: string;
  date: string;
  start: string;
  end: string;
  moved: boolean;
}

export interface ActivityDetail {
  activity: Activity;
  project: { id: string; kind: ProjectKind; name: string };
  occurrences: Occurrence[];
}

export interface NewActivity {
  title: string;
  schedule: Schedule;
  placeIds: string[];
  personIds: string[];
  classIds: string[];
  equipmentIds: string[];
  acceptConflicts?: boolean;
}

export interface OccurrenceMove {
  seriesDate: string;
  scope: 'one' | 'following';
  to: { date: string; start: string; end: string };
  placeIds?: string[];
  acceptConflicts?: boolean;
}

export interface Cancellation {
  scope: 'one' | 'following' | 'all';
  seriesDate?: string;
  reason?: string;
}

/** A day of the places' planning, narrowed by site and kind of place. */
export interface DayQuery {
  date: string;
  site?: string;
  kind?: string;
}

export interface NewProject {
  kind: ProjectKind;
  name: string;
  description?: string;
  subject?: string;
}

import type { Person, SchoolClass } from '#domain/people/person';
import type { Place } from '#domain/places/place';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Activity } from './activity';
import type { AgendaEntry } from './agenda-entry';
import type { PlannedDays } from './planning-conflict';
import type { PlanningResource } from './planning-resource';
import type { Project, ProjectKind, ProjectStatus } from './project';
import type { ResourceDay } from './resource-days';
import type { SchoolCalendar } from './school-calendar';

/**
 * A change of the planning, stored at once: the activity, the occurrences it adds and removes on each
 * resource-day, and the events announcing it. `guarded` refuses an added occurrence on an exclusive resource
 * already held then (`SlotTakenError`), even when another planner saved it a moment before.
 */
export interface PlanningChange {
  activity: Activity;
  expectedVersion: number | undefined;
  add: AgendaEntry[];
  remove: AgendaEntry[];
  guarded: boolean;
  events: OutgoingEvent[];
  /**
   * Resources whose days the added occurrences must find free without being written in them: a student's classes
   * and groups, whose courses are the student's too. Checked in the same transaction, when guarded.
   */
  alsoFree?: PlanningResource[];
  /**
   * The most minutes of room bookings a person may hold in a week. The store counts each person's booked minutes
   * week by week in the same transaction as every change, and refuses this one past it (`BookedHoursReachedError`).
   */
  bookedMinutesAtMost?: number;
}

export interface PlanningStore {
  /** What is planned on the given resource-days, by `resourceDayKey`. */
  plannedOn(days: readonly ResourceDay[]): Promise<PlannedDays>;
  agenda(resource: PlanningResource, from: string, to: string): Promise<AgendaEntry[]>;
  /** Every place's occurrences on a day, by place id. */
  placesOn(date: string): Promise<Map<string, AgendaEntry[]>>;
  /** Every occurrence of a day, whatever it takes. */
  allOn(date: string): Promise<AgendaEntry[]>;
  getActivity(activityId: string): Promise<Activity | undefined>;
  activitiesOf(projectId: string): Promise<Activity[]>;
  save(change: PlanningChange): Promise<void>;
}

export interface ProjectStore {
  get(projectId: string): Promise<Project | undefined>;
  many(projectIds: readonly string[]): Promise<Project[]>;
  add(project: Project, events: readonly OutgoingEvent[]): Promise<void>;
  replace(project: Project, previous: Project, events: readonly OutgoingEvent[]): Promise<void>;
  list(filter: { kind?: ProjectKind; status?: ProjectStatus }): Promise<Project[]>;
  /** The projects a person is a member of, in person (not through a class), as listed in their partition. */
  ofMember(personId: string): Promise<Pick<Project, 'id' | 'kind' | 'name' | 'status'>[]>;
}

export interface CalendarStore {
  get(schoolYear: string): Promise<SchoolCalendar | undefined>;
  put(calendar: SchoolCalendar): Promise<void>;
}

/** What planning reads of the directory and the places: to check ids, and to name things in conflicts. */
export interface PlanningDirectory {
  places(placeIds: readonly string[]): Promise<Place[]>;
  activePlaces(): Promise<Place[]>;
  people(personIds: readonly string[]): Promise<Person[]>;
  classes(classIds: readonly string[]): Promise<SchoolClass[]>;
}

export interface PlanningPorts {
  planning: PlanningStore;
  projects: ProjectStore;
  calendars: CalendarStore;
  directory: PlanningDirectory;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string; kind: string };
}

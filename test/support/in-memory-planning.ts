import { type BookedWeek, bookedMinutesChanges, bookedMinutesOf } from '#domain/booking/booked-minutes';
import type { Person, SchoolClass } from '#domain/people/person';
import type { Place } from '#domain/places/place';
import type { Activity } from '#domain/planning/activity';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { occupancyMarks } from '#domain/planning/occupancy-marks';
import { occurrenceKey } from '#domain/planning/occurrences';
import { BookedHoursReachedError, SlotTakenError } from '#domain/planning/planning-errors';
import type {
  CalendarStore,
  PlanningChange,
  PlanningDirectory,
  PlanningPorts,
  PlanningStore,
  ProjectStore,
} from '#domain/planning/planning-ports';
import { isExclusive } from '#domain/planning/planning-resource';
import type { Project } from '#domain/planning/project';
import { type ResourceDay, resourceDayKey, resourcesOf } from '#domain/planning/resource-days';
import type { SchoolCalendar } from '#domain/planning/school-calendar';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { StaleVersionError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';

/** A resource's day as the table holds it: its occurrences, and which activities hold each occupancy mark. */
interface StoredDay extends ResourceDay {
  entries: Map<string, AgendaEntry>;
  marks: Map<string, Set<string>>;
}

/** What a change does to one resource's day: the occurrences of its activity it adds and removes there. */
interface DayChange {
  day: ResourceDay;
  add: AgendaEntry[];
  remove: AgendaEntry[];
}

const byDateAndTime = (a: AgendaEntry, b: AgendaEntry) =>
  a.date.localeCompare(b.date) || a.start.localeCompare(b.start);

const weekKey = ({ personId, monday }: BookedWeek) => `${personId}#${monday}`;

/**
 * The planning store held in memory, holding the same rules the DynamoDB store holds by its transaction's
 * conditions, so that use cases tested through it are refused as they are in the cloud:
 * - a guarded change finds every occupancy mark its occurrences need free on each exclusive resource's day, or held
 *   by the same activity alone (a move within the day), and the `alsoFree` days free; else `SlotTakenError`;
 * - an activity is new, or still at the version read; else `StaleVersionError`;
 * - with `bookedMinutesAtMost`, each person's booked minutes of a week stay within it; else
 *   `BookedHoursReachedError`. A week counted for the first time starts from the person's planning.
 * A refused change writes nothing; `bookedMinutes` holds the weekly counts the booking store reads.
 */
export const inMemoryPlanningStore = () => {
  const days = new Map<string, StoredDay>();
  const activities = new Map<string, Activity>();
  const bookedMinutes = new Map<string, number>();
  const published: OutgoingEvent[] = [];

  const entriesOf = (day: StoredDay | undefined) => [...(day?.entries.values() ?? [])];
  const daysWhere = (test: (day: StoredDay) => boolean) => [...days.values()].filter(test);

  const agendaOf = (resource: ResourceDay['resource'], from: string, to: string) =>
    daysWhere(
      (day) =>
        day.resource.kind === resource.kind &&
        day.resource.id === resource.id &&
        day.date >= from &&
        day.date <= to,
    )
      .flatMap(entriesOf)
      .sort(byDateAndTime);

  const dayChangesOf = (change: PlanningChange) => {
    const changes = new Map<string, DayChange>();
    const place = (entries: readonly AgendaEntry[], part: 'add' | 'remove') => {
      for (const entry of entries) {
        for (const resource of resourcesOf(entry)) {
          const day = { resource, date: entry.date };
          const dayChange = changes.get(resourceDayKey(day)) ?? { day, add: [], remove: [] };
          dayChange[part].push(entry);
          changes.set(resourceDayKey(day), dayChange);
        }
      }
    };
    place(change.add, 'add');
    place(change.remove, 'remove');
    return [...changes.values()];
  };

  const marksOf = (entries: readonly AgendaEntry[], part: 'holds' | 'needsFree') =>
    new Set(entries.flatMap((entry) => occupancyMarks(entry.start, entry.end)[part]));

  /** The guard of one resource's day: what the added occurrences need is free, or held by the activity alone. */
  const dayIsFree = ({ day, add, remove }: DayChange, activityId: string) => {
    if (!isExclusive(day.resource.kind)) return true;
    const marks = days.get(resourceDayKey(day))?.marks;
    const own = marksOf(remove, 'holds');
    return [...marksOf(add, 'needsFree')].every((mark) => {
      const holders = marks?.get(mark);
      if (!holders) return true;
      return own.has(mark) && holders.size === 1 && holders.has(activityId);
    });
  };

  /** The days of `alsoFree` resources the added occurrences must find free, without being written in them. */
  const alsoFreeHolds = (change: PlanningChange) =>
    (change.alsoFree ?? []).every((resource) =>
      change.add
        .filter(
          (entry) => !resourcesOf(entry).some(({ kind, id }) => kind === resource.kind && id === resource.id),
        )
        .every((entry) => {
          const marks = days.get(resourceDayKey({ resource, date: entry.date }))?.marks;
          return [...marksOf([entry], 'needsFree')].every((mark) => !marks?.has(mark));
        }),
    );

  /** Each person's booked minutes of a week after the change, from their planning when no count holds it yet. */
  const weeksAfter = (change: PlanningChange) =>
    bookedMinutesChanges(change.add, change.remove).map((week) => {
      const counted =
        bookedMinutes.get(weekKey(week)) ??
        bookedMinutesOf(
          agendaOf({ kind: 'person', id: week.personId }, week.monday, plusDays(week.monday, 6)),
        );
      return { ...week, after: counted + week.minutes };
    });

  const write = ({ day, add, remove }: DayChange, activityId: string) => {
    const key = resourceDayKey(day);
    const stored = days.get(key) ?? { ...day, entries: new Map(), marks: new Map() };
    const added = new Set(add.map(occurrenceKey));
    for (const entry of remove)
      if (!added.has(occurrenceKey(entry))) stored.entries.delete(occurrenceKey(entry));
    for (const entry of add) stored.entries.set(occurrenceKey(entry), entry);
    if (isExclusive(day.resource.kind)) {
      const held = marksOf(add, 'holds');
      for (const mark of marksOf(remove, 'holds')) {
        if (held.has(mark)) continue;
        stored.marks.get(mark)?.delete(activityId);
        if (stored.marks.get(mark)?.size === 0) stored.marks.delete(mark);
      }
      for (const mark of held)
        stored.marks.set(mark, new Set([...(stored.marks.get(mark) ?? []), activityId]));
    }
    days.set(key, stored);
  };

  const store: PlanningStore = {
    async plannedOn(wanted) {
      return new Map(
        wanted.flatMap((day) => {
          const stored = days.get(resourceDayKey(day));
          return stored ? [[resourceDayKey(day), entriesOf(stored)] as const] : [];
        }),
      );
    },
    async agenda(resource, from, to) {
      return agendaOf(resource, from, to);
    },
    async placesOn(date) {
      return new Map(
        daysWhere((day) => day.resource.kind === 'place' && day.date === date).map((day) => [
          day.resource.id,
          entriesOf(day),
        ]),
      );
    },
    async allOn(date) {
      return daysWhere((day) => day.resource.kind === 'project' && day.date === date).flatMap(entriesOf);
    },
    async getActivity(activityId) {
      return activities.get(activityId);
    },
    async activitiesOf(projectId) {
      return [...activities.values()].filter((activity) => activity.projectId === projectId);
    },
    // Checked and written with no pause between, as one transaction: of two changes at once, one meets the other.
    async save(change) {
      const { activity } = change;
      // The conditions, in the order the DynamoDB store names a refusal: the activity's version first.
      if (activities.get(activity.id)?.version !== change.expectedVersion) {
        throw new StaleVersionError('activity', activity.id, change.expectedVersion ?? 0);
      }
      const dayChanges = dayChangesOf(change);
      if (
        change.guarded &&
        !(dayChanges.every((day) => dayIsFree(day, activity.id)) && alsoFreeHolds(change))
      ) {
        throw new SlotTakenError();
      }
      const weeks = weeksAfter(change);
      const atMost = change.bookedMinutesAtMost;
      if (atMost !== undefined && weeks.some((week) => week.minutes > 0 && week.after > atMost)) {
        throw new BookedHoursReachedError();
      }
      for (const day of dayChanges) write(day, activity.id);
      for (const week of weeks) bookedMinutes.set(weekKey(week), week.after);
      activities.set(activity.id, activity);
      published.push(...change.events);
    },
  };

  /** A person's counted minutes of a week, as the booking store reads them. */
  const countedMinutes = (week: BookedWeek) => bookedMinutes.get(weekKey(week));

  return { store, published, activities, countedMinutes };
};

/** Projects held in memory: new ones must not exist yet, changes must find the version read. */
export const inMemoryProjectStore = (published: OutgoingEvent[]): ProjectStore => {
  const projects = new Map<string, Project>();
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');
  return {
    async get(projectId) {
      return projects.get(projectId);
    },
    async many(projectIds) {
      return [...new Set(projectIds)].flatMap((id) => projects.get(id) ?? []);
    },
    async add(project, events) {
      if (projects.has(project.id)) throw new StaleVersionError('project', project.id, 0);
      projects.set(project.id, project);
      published.push(...events);
    },
    async replace(project, previous, events) {
      if (projects.get(project.id)?.version !== previous.version) {
        throw new StaleVersionError('project', project.id, previous.version);
      }
      projects.set(project.id, project);
      published.push(...events);
    },
    async list({ kind, status }) {
      const statuses: readonly string[] = status ? [status] : ['draft', 'confirmed', 'done'];
      return [...projects.values()]
        .filter((project) => statuses.includes(project.status) && (!kind || project.kind === kind))
        .sort(byName);
    },
    async ofMember(personId) {
      return [...projects.values()]
        .filter((project) => project.members.some((member) => member.personId === personId))
        .map(({ id, kind, name, status }) => ({ id, kind, name, status }))
        .sort(byName);
    },
  };
};

export const inMemoryCalendarStore = (): CalendarStore => {
  const calendars = new Map<string, SchoolCalendar>();
  return {
    get: async (schoolYear) => calendars.get(schoolYear),
    put: async (calendar) => {
      calendars.set(calendar.schoolYear, calendar);
    },
  };
};

/** The directory planning reads, from the places, people and classes given. */
export const inMemoryPlanningDirectory = (known: {
  places?: readonly Place[];
  people?: readonly Person[];
  classes?: readonly SchoolClass[];
}): PlanningDirectory => {
  const pick = <T>(all: readonly T[] | undefined, idOf: (item: T) => string, ids: readonly string[]) =>
    (all ?? []).filter((item) => ids.includes(idOf(item)));
  return {
    places: async (ids) => pick(known.places, (place) => place.id, ids),
    activePlaces: async () => (known.places ?? []).filter((place) => place.status === 'active'),
    people: async (ids) => pick(known.people, (person) => person.personId, ids),
    classes: async (ids) => pick(known.classes, (schoolClass) => schoolClass.classId, ids),
  };
};

/**
 * Ports for the planning use cases held in memory: `published` holds the events stored with the changes,
 * `planning` the store's state. The school is a collège in Paris, on a clock that stands still unless moved.
 */
export const inMemoryPlanningPorts = (
  directory: Parameters<typeof inMemoryPlanningDirectory>[0] = {},
  now = new Date('2026-09-01T08:00:00.000Z'),
) => {
  const planning = inMemoryPlanningStore();
  let counter = 0;
  const clock = { current: now };
  const ports: PlanningPorts = {
    planning: planning.store,
    projects: inMemoryProjectStore(planning.published),
    calendars: inMemoryCalendarStore(),
    directory: inMemoryPlanningDirectory(directory),
    clock: { now: () => clock.current },
    newId: () => `id-${++counter}`,
    school: { schoolId: 'demo', timeZone: 'Europe/Paris', kind: 'college' },
  };
  return { ports, planning, published: planning.published, clock };
};

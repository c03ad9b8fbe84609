import { weekdayOf } from '#domain/shared/calendar/calendar-days';
import { sortKeyOf } from '#domain/shared/text';
import type { AgendaEntry } from '../agenda-entry';
import type { ProjectKind } from '../project';

/** One occurrence as attendance sheets and school software take it: when, what, who and where, with its ids. */
export interface PlanningExportRow {
  activityId: string;
  projectId: string;
  /** The day the schedule gives it, which differs from `date` when it was moved. */
  seriesDate: string;
  /** YYYY-MM-DD, and the day's name in French (« mardi »). */
  date: string;
  weekday: string;
  start: string;
  end: string;
  title: string;
  projectKind: ProjectKind;
  classes: Named[];
  people: Named[];
  places: Named[];
  moved: boolean;
}

export interface Named {
  id: string;
  name: string;
}

/** Names by id; an id missing from them (a place since deleted) is shown as it is. */
export interface ExportLookups {
  places: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  classes: ReadonlyMap<string, string>;
}

const frenchWeekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

/**
 * The occurrences of agenda entries, once each: the store holds an entry per resource and day, so one course
 * comes once for its room, once per teacher and once per class. Sorted by date, time and place.
 */
export const planningExportRows = (
  entries: readonly AgendaEntry[],
  lookups: ExportLookups,
): PlanningExportRow[] => {
  const occurrences = new Map(entries.map((entry) => [`${entry.activityId}|${entry.seriesDate}`, entry]));
  return [...occurrences.values()].map((entry) => rowOf(entry, lookups)).sort(byDateTimeAndPlace);
};

const rowOf = (entry: AgendaEntry, lookups: ExportLookups): PlanningExportRow => ({
  activityId: entry.activityId,
  projectId: entry.projectId,
  seriesDate: entry.seriesDate,
  date: entry.date,
  weekday: frenchWeekdays[weekdayOf(entry.date) - 1] ?? '',
  start: entry.start,
  end: entry.end,
  title: entry.title,
  projectKind: entry.projectKind,
  classes: named(entry.classIds, lookups.classes),
  people: named(entry.personIds, lookups.people),
  places: named(entry.placeIds, lookups.places),
  moved: entry.moved,
});

const named = (ids: readonly string[], names: ReadonlyMap<string, string>): Named[] =>
  ids.map((id) => ({ id, name: names.get(id) ?? id }));

const byDateTimeAndPlace = (a: PlanningExportRow, b: PlanningExportRow) =>
  a.date.localeCompare(b.date) ||
  a.start.localeCompare(b.start) ||
  placeKey(a).localeCompare(placeKey(b)) ||
  a.title.localeCompare(b.title) ||
  a.activityId.localeCompare(b.activityId);

const placeKey = (row: PlanningExportRow) => sortKeyOf(row.places[0]?.name ?? '');

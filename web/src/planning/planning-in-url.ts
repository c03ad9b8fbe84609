import { type PlaceKind, placeKinds } from '#domain/places/place';
import { type ProjectKind, projectKinds } from '#domain/planning/project';
import { isCalendarDate } from '../shell/i18n/calendar-dates';

/**
 * What a planning page shows, read from its address and written back to it, so that a link shows the same
 * planning: `/planning?date=2026-11-24&kind=dance-studio&site=Site%20Berlioz&activite=a-12`. A missing or
 * malformed date means today; unknown values are ignored.
 */
export interface DayView {
  date: string;
  kind?: PlaceKind;
  site?: string;
  /** Only the places where something takes place that day. */
  busyOnly?: boolean;
  /** The places and their activities as a list rather than a grid (`vue=liste`). */
  list?: boolean;
  /** The activity whose details are open. */
  activityId?: string;
}

export interface WeekView {
  date: string;
  activityId?: string;
  /** The month around the date rather than its week (`vue=mois`). */
  month?: boolean;
}

/** A search of free places, as typed: the page checks it before asking. */
export interface FreePlaceSearch {
  date: string;
  start: string;
  end: string;
  capacity: string;
  equipment: string;
}

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

const dateIn = (query: URLSearchParams) => {
  const date = query.get('date') ?? '';
  return isCalendarDate(date) ? date : '';
};

const activityIn = (query: URLSearchParams) => {
  const activityId = query.get('activite')?.trim();
  return activityId ? { activityId } : {};
};

const searchOf = (values: Record<string, string | undefined>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
  const search = query.toString();
  return search ? `?${search}` : '';
};

export const dayViewFromSearch = (search: string): DayView => {
  const query = new URLSearchParams(search);
  const kind = query.get('kind');
  const site = query.get('site')?.trim();
  return {
    date: dateIn(query),
    ...(placeKinds.includes(kind as PlaceKind) ? { kind: kind as PlaceKind } : {}),
    ...(site ? { site } : {}),
    ...(query.get('occupes') === '1' && { busyOnly: true }),
    ...(query.get('vue') === 'liste' && { list: true }),
    ...activityIn(query),
  };
};

export const searchOfDayView = (view: Partial<DayView>) =>
  searchOf({
    date: view.date,
    kind: view.kind,
    site: view.site,
    occupes: view.busyOnly ? '1' : undefined,
    vue: view.list ? 'liste' : undefined,
    activite: view.activityId,
  });

export const weekViewFromSearch = (search: string): WeekView => {
  const query = new URLSearchParams(search);
  return {
    date: dateIn(query),
    ...(query.get('vue') === 'mois' && { month: true }),
    ...activityIn(query),
  };
};

export const searchOfWeekView = (view: Partial<WeekView>) =>
  searchOf({ date: view.date, vue: view.month ? 'mois' : undefined, activite: view.activityId });

export const freePlaceSearchFromSearch = (search: string): FreePlaceSearch => {
  const query = new URLSearchParams(search);
  const timeIn = (key: string) => {
    const value = query.get(key) ?? '';
    return time.test(value) ? value : '';
  };
  const capacity = query.get('capacity') ?? '';
  return {
    date: dateIn(query),
    start: timeIn('start'),
    end: timeIn('end'),
    capacity: /^\d{1,5}$/.test(capacity) ? capacity : '',
    equipment: query.get('equipment')?.trim() ?? '',
  };
};

export const searchOfFreePlaceSearch = (search: Partial<FreePlaceSearch>) => searchOf({ ...search });

export const projectKindFromSearch = (search: string): ProjectKind | undefined => {
  const kind = new URLSearchParams(search).get('kind');
  return projectKinds.includes(kind as ProjectKind) ? (kind as ProjectKind) : undefined;
};

import type { AgendaEntry } from '#domain/planning/agenda-entry';
import type { PlanningStore } from '#domain/planning/planning-ports';
import { isCalendarDate } from '#domain/shared/calendar/calendar-days';
import type { SharingPorts } from './sharing-ports';

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/;
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isInstant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isIdList = (value: unknown) => Array.isArray(value) && value.every((id) => typeof id === 'string');

/**
 * Why a stored occurrence cannot be shown (a day that does not exist such as 2027-02-30, a time out of the day, a
 * field missing), or undefined when it can. Input is checked when written; this guards what is already stored.
 */
export const whyUnreadable = (entry: AgendaEntry): string | undefined => {
  if (typeof entry !== 'object' || entry === null) return 'not an occurrence';
  const stored = entry as unknown as Record<string, unknown>;
  // A shift of no production is an occurrence of no project: its project id is empty, not missing.
  if (!isText(stored.activityId) || typeof stored.projectId !== 'string') return 'no activity or project id';
  if (typeof stored.title !== 'string') return 'no title';
  for (const field of ['date', 'seriesDate'] as const) {
    if (typeof stored[field] !== 'string' || !isCalendarDate(stored[field]))
      return `${field} is not a real day`;
  }
  for (const field of ['start', 'end'] as const) {
    if (typeof stored[field] !== 'string' || !timeOfDay.test(stored[field]))
      return `${field} is not a time HH:mm`;
  }
  if (entry.end <= entry.start) return 'end is not after start';
  if (!isInstant(stored.startsAt) || !isInstant(stored.endsAt)) return 'startsAt or endsAt is not an instant';
  for (const field of ['placeIds', 'personIds', 'classIds', 'equipmentIds'] as const) {
    if (!isIdList(stored[field])) return `${field} is not a list of ids`;
  }
  return undefined;
};

/**
 * The sharing ports, with a planning whose reads leave out the occurrences a feed or a mini-site cannot show,
 * each logged (ids and the reason, no names): one bad occurrence never fails a whole feed or site.
 */
export const skippingUnreadable = (ports: SharingPorts): SharingPorts => {
  const store = ports.planning.planning;
  const readable = (entries: AgendaEntry[]) =>
    entries.filter((entry) => {
      const reason = whyUnreadable(entry);
      if (reason === undefined) return true;
      ports.log('warn', 'Shared planning skips an unreadable occurrence', {
        activityId: (entry as { activityId?: unknown }).activityId,
        date: (entry as { date?: unknown }).date,
        reason,
      });
      return false;
    });
  const planning: PlanningStore = {
    ...store,
    agenda: async (resource, from, to) => readable(await store.agenda(resource, from, to)),
    allOn: async (date) => readable(await store.allOn(date)),
  };
  return { ...ports, planning: { ...ports.planning, planning } };
};

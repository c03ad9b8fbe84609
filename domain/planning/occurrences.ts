import { instantOf } from '#domain/shared/calendar/zoned-instant';
import type { Activity, Schedule } from './activity';
import type { AgendaEntry } from './agenda-entry';
import type { ProjectKind } from './project';
import type { SchoolCalendar } from './school-calendar';
import { type Occurrence, occurrencesOf } from './weekly-series';

/** The occurrences a schedule gives: a one-off activity takes place even on a closed day (a Sunday concert). */
export const scheduledOccurrences = (
  schedule: Schedule,
  calendar: SchoolCalendar,
  zone: string,
): (Occurrence & { start: string; end: string; placeIds?: string[] })[] => {
  if (schedule.kind === 'once') {
    const { date, start, end } = schedule;
    return [
      {
        seriesDate: date,
        date,
        start,
        end,
        startsAt: instantOf(date, start, zone),
        endsAt: instantOf(date, end, zone),
        moved: false,
      },
    ];
  }
  const moves = new Map(
    schedule.exceptions.flatMap((exception) =>
      'movedTo' in exception ? [[exception.date, exception.movedTo] as const] : [],
    ),
  );
  return occurrencesOf(schedule, calendar, zone).map((occurrence) => {
    const movedTo = moves.get(occurrence.seriesDate);
    return {
      ...occurrence,
      start: movedTo?.start ?? schedule.start,
      end: movedTo?.end ?? schedule.end,
      placeIds: movedTo?.placeIds,
    };
  });
};

/** An activity's occurrences as the plannings show them: one entry per occurrence, none once it is cancelled. */
export const agendaEntriesOf = (
  activity: Activity,
  projectKind: ProjectKind,
  calendar: SchoolCalendar,
  zone: string,
): AgendaEntry[] => {
  if (activity.status === 'cancelled') return [];
  return scheduledOccurrences(activity.schedule, calendar, zone).map((occurrence) => ({
    activityId: activity.id,
    projectId: activity.projectId,
    projectKind,
    title: activity.title,
    seriesDate: occurrence.seriesDate,
    date: occurrence.date,
    start: occurrence.start,
    end: occurrence.end,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    moved: occurrence.moved || occurrence.placeIds !== undefined,
    placeIds: occurrence.placeIds ?? activity.placeIds,
    personIds: activity.personIds,
    classIds: activity.classIds,
    equipmentIds: activity.equipmentIds,
    ...(activity.hold && { hold: activity.hold }),
  }));
};

/** Identifies an occurrence among all of a day's: an activity gives at most one per series date. */
export const occurrenceKey = (entry: Pick<AgendaEntry, 'activityId' | 'seriesDate'>) =>
  `${entry.activityId}#${entry.seriesDate}`;

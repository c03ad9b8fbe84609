import { DateTime } from 'luxon';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { slotMinutes, timeOf } from '#domain/shared/calendar/time-of-day';
import { intervalOf, type ShiftLink, type ShiftTimes, type ShiftWork } from './shift';

/**
 * The spans a shift holds on its person's planning days, as the occupancy marks take them: local times on
 * 5-minute marks (its start rounded down, its end up), one span a local day (a night shift holds the end of one
 * day and the start of the next). Its person's planning then refuses an activity at that time, and the shift an
 * activity there (`person_busy`).
 */
export interface PlanningSpan {
  date: string;
  start: string;
  end: string;
}

const minutesOfDay = (moment: DateTime) => moment.hour * 60 + moment.minute;

export const planningSpansOf = (
  times: Pick<ShiftTimes, 'startsAt' | 'endsAt'>,
  zone: string,
): PlanningSpan[] => {
  const { start, end } = intervalOf(times);
  const spans: PlanningSpan[] = [];
  let from = DateTime.fromMillis(start, { zone });
  const until = DateTime.fromMillis(end, { zone });
  while (from < until) {
    const dayEnd = from.startOf('day').plus({ days: 1 });
    const to = DateTime.min(until, dayEnd);
    const first = Math.floor(minutesOfDay(from) / slotMinutes) * slotMinutes;
    const last = to.equals(dayEnd) ? 24 * 60 : Math.ceil(minutesOfDay(to) / slotMinutes) * slotMinutes;
    if (last > first)
      spans.push({ date: from.toFormat('yyyy-MM-dd'), start: timeOf(first), end: timeOf(last) });
    from = to;
  }
  return spans;
};

/** The name under which a shift holds its marks in a planning day, beside activities' ids. */
export const shiftHolder = (shiftId: string) => `shift#${shiftId}`;
export const isShiftHolder = (holder: string) => holder.startsWith('shift#');

/** How a shift's work reads in a planning, in French: the planning's titles are the school's words. */
export const shiftWorkTitles: Record<ShiftWork, string> = {
  'set-up': 'Montage',
  rehearsal: 'Répétition',
  performance: 'Représentation',
  strike: 'Démontage',
  reception: 'Accueil',
  maintenance: 'Maintenance',
};

/**
 * A shift as an occurrence of its person's planning, on one of its days: their week, their agenda and their
 * calendar feed show it, titled with its work and production (« Montage — Les Noces de Figaro »). An internal
 * occurrence of no activity (`shift#<id>`): the roll call and the homework book, which read courses, pass it by.
 */
export const shiftAgendaEntry = (
  shift: { shiftId: string; personId: string; work: ShiftWork; link?: ShiftLink; projectName?: string },
  span: PlanningSpan,
  zone: string,
): AgendaEntry => {
  const at = (time: string) =>
    DateTime.fromISO(`${span.date}T00:00`, { zone })
      .plus({ minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) })
      .toUTC()
      .toISO({ suppressMilliseconds: true }) as string;
  return {
    activityId: shiftHolder(shift.shiftId),
    projectId: shift.link?.projectId ?? '',
    projectKind: 'internal',
    title: [shiftWorkTitles[shift.work], shift.projectName].filter(Boolean).join(' — '),
    seriesDate: span.date,
    date: span.date,
    start: span.start,
    end: span.end,
    startsAt: at(span.start),
    endsAt: at(span.end),
    moved: false,
    placeIds: [],
    personIds: [shift.personId],
    classIds: [],
    equipmentIds: [],
  };
};

import { dayStatus, type SchoolCalendar } from '#domain/planning/school-calendar';
import type { OccurrenceException } from '#domain/planning/weekly-series';
import {
  daysFrom,
  firstOnOrAfter,
  isoWeekNumber,
  mondayOf,
  plusDays,
} from '#domain/shared/calendar/calendar-days';
import type { WeekRule } from './timetable-row';

/** Why an import cancels a week of a series: the reasons the timetable gives, which a later import recognises. */
export const timetableReasons = ['Semaine A', 'Semaine B', 'Hors des semaines de l’emploi du temps'] as const;

/**
 * The open days on a weekday, over the school year, that a week rule takes, and the days it leaves out as the
 * cancelled exceptions of a weekly series. Closed days left out get their exception too, though the calendar
 * skips them anyway: the exceptions then depend on the rule alone, not on the holidays, so that a later import
 * recognises the series after the calendar gained a closed day.
 *
 * Week A is the week of the calendar's first day, then weeks alternate by calendar week, holidays included: the
 * week after the Toussaint holidays is A or B as its number says, not as the last week before them. Schools that
 * restart the alternation after holidays list their weeks by number instead.
 */
export const weeksOf = (rule: WeekRule, weekday: number, calendar: SchoolCalendar) => {
  const taken: string[] = [];
  const exceptions: OccurrenceException[] = [];
  const firstMonday = mondayOf(calendar.start);
  for (let day = firstOnOrAfter(weekday, calendar.start); day <= calendar.end; day = plusDays(day, 7)) {
    const reason = reasonLeftOut(rule, day, firstMonday);
    if (reason) exceptions.push({ date: day, cancelled: true, reason });
    else if (dayStatus(calendar, day).open) taken.push(day);
  }
  return { taken, exceptions };
};

const reasonLeftOut = (rule: WeekRule, day: string, firstMonday: string): string | undefined => {
  if (rule.kind === 'every') return undefined;
  if (rule.kind === 'listed') {
    return rule.weeks.includes(isoWeekNumber(day)) ? undefined : 'Hors des semaines de l’emploi du temps';
  }
  const weeksSinceStart = Math.round(daysFrom(firstMonday, mondayOf(day)) / 7);
  const week = weeksSinceStart % 2 === 0 ? 'A' : 'B';
  return week === rule.week ? undefined : `Semaine ${week}`;
};

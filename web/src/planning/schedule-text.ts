import type { Format } from '../shell/i18n/format';
import type { Schedule } from './planning-types';

/** When an activity takes place, in words: « lundi 24 novembre, 14:00 – 15:00 » or every week between two dates. */
export const scheduleText = (schedule: Schedule, format: Format) => {
  const { activity } = format.messages.planning;
  const time = format.timeSpan(schedule.start, schedule.end);
  if (schedule.kind === 'once') return format.fill(activity.once, { date: format.date(schedule.date), time });
  return format.fill(activity.weekly, {
    weekday: format.weekday(schedule.weekday),
    time,
    from: format.date(schedule.from),
    until: format.date(schedule.until),
  });
};

/** An occurrence on a line: « mardi 25 novembre, 14:00 – 15:00 ». */
export const occurrenceText = (occurrence: { date: string; start: string; end: string }, format: Format) =>
  format.fill(format.messages.planning.activity.once, {
    date: format.day(occurrence.date),
    time: format.timeSpan(occurrence.start, occurrence.end),
  });

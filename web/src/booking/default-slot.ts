import type { Slot } from '../planning/fields';
import { plusDays, todayIn } from '../shell/i18n/calendar-dates';

export type { Slot };

/** From this hour on, the day is over for practising: the form offers the next day. */
const lastHourOfToday = 20;
const firstHour = 8;
const tomorrowHour = 17;

const hourIn = (timeZone: string | undefined, now: Date) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .find((part) => part.type === 'hour')?.value,
  );

const hhmm = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * The slot the booking form starts from: the next whole hour today, not before the school opens; after 20:00,
 * tomorrow after classes. An hour long, the usual length of a practice session.
 */
export const defaultSlot = (timeZone: string | undefined, now = new Date()): Slot => {
  const today = todayIn(timeZone, now);
  const hour = hourIn(timeZone, now);
  if (hour >= lastHourOfToday) {
    return { date: plusDays(today, 1), start: hhmm(tomorrowHour), end: hhmm(tomorrowHour + 1) };
  }
  const start = Math.max(hour + 1, firstHour);
  return { date: today, start: hhmm(start), end: hhmm(start + 1) };
};

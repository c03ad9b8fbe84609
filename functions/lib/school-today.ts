import { todayInZone } from '#domain/shared/calendar/today-in-zone';

/** Today's date in the school's time zone, YYYY-MM-DD. */
export const todayIn = (timeZone: string, now = new Date()) => todayInZone(now, timeZone);

/** The school's local date and time, `YYYY-MM-DDTHH:MM`: a booking starting before it is past. */
export const nowIn = (timeZone: string, now = new Date()) => {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${todayIn(timeZone, now)}T${time.format(now)}`;
};

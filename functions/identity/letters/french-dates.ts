/** "23/12/2026", the form French spreadsheets read as a date. */
export const shortDateFr = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(instant),
  );

/** "23 novembre 2026", and "1er novembre 2026" as French writes the first of a month. */
export const longDateFr = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone, day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(new Date(instant))
    .map(({ type, value }) => (type === 'day' && value === '1' ? '1er' : value))
    .join('');

/** A day of the calendar, YYYY-MM-DD, read at noon UTC: the day it names, whatever the zone. */
const noonOf = (date: string) => `${date}T12:00:00.000Z`;

/** "04/01/2027" for the day 2027-01-04. */
export const shortDayFr = (date: string) => shortDateFr(noonOf(date), 'UTC');

/** "4 janvier 2027" for the day 2027-01-04. */
export const longDayFr = (date: string) => longDateFr(noonOf(date), 'UTC');

import { todayInZone } from '#domain/shared/calendar/today-in-zone';

/** Today in the schools' time zone, YYYY-MM-DD. */
export const todayInParis = () => todayInZone(new Date(), 'Europe/Paris');

/** The day `days` days after a YYYY-MM-DD day (before it when negative). */
export const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A day as the portal says it: « mardi 1er décembre », « mercredi 2 décembre ». */
export const frenchDay = (date: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
    .formatToParts(Date.parse(`${date}T00:00:00Z`))
    .map(({ type, value }) => (type === 'day' && value === '1' ? '1er' : value))
    .join('');

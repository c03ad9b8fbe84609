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

/**
 * The wall-clock time in Paris at an instant, HH:mm, floored to the planning's 5-minute mark (the planning refuses
 * any other time, `14:07` as much as `14:03`): floored, the time of now is already begun.
 */
export const parisTimeMark = (at: number) => timeMarkIn('Europe/Paris', at);

/** Minutes since midnight at an instant, in a zone. */
const minutesOfDayIn = (zone: string, at: number) => {
  const [hours, minutes] = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .split(':')
    .map(Number) as [number, number];
  return hours * 60 + minutes;
};

/** The wall-clock time in a zone at an instant, HH:mm, floored to the planning's 5-minute mark. */
export const timeMarkIn = (zone: string, at: number) => {
  const minutes = minutesOfDayIn(zone, at);
  const total = minutes - (minutes % 5);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** The zones of French schools, from Polynesia to Wallis: at any instant, one of them is within 3 hours of noon. */
const frenchSchoolZones = [
  'Pacific/Tahiti',
  'America/Guadeloupe',
  'America/Cayenne',
  'Europe/Paris',
  'Indian/Mayotte',
  'Indian/Reunion',
  'Indian/Kerguelen',
  'Pacific/Noumea',
  'Pacific/Wallis',
];

/**
 * The French school zone where it is nearest noon now: a test of "today's" courses run in it has hours of the day
 * behind it and hours ahead, whenever it runs (in Paris, a course of 00:30 has not begun at 00:20).
 */
export const zoneNearNoon = (at = Date.now()) =>
  [...frenchSchoolZones].sort(
    (a, b) => Math.abs(minutesOfDayIn(a, at) - 720) - Math.abs(minutesOfDayIn(b, at) - 720),
  )[0] as string;

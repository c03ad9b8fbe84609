import { DateTime } from 'luxon';
import { schoolYearOf } from './school-year';

/**
 * What a shared planning covers and how long its link lasts: the school year of a day, September to August. A
 * feed's URL expires at the end of that year, in the school's zone; a new year means a new link.
 */
export const schoolYearSpan = (today: string, timeZone: string) => {
  const startYear = Number(schoolYearOf(today).slice(0, 4));
  const from = `${startYear}-09-01`;
  const to = `${startYear + 1}-08-31`;
  const expiresAt = DateTime.fromISO(`${to}T23:59:59`, { zone: timeZone }).toUTC().toISO() as string;
  return { from, to, expiresAt };
};

import { plusDays } from './calendar-days';
import { schoolYearOf } from './school-year';
import { instantOf } from './zoned-instant';

/**
 * What a shared planning covers and how long its link lasts: the school year of a day, September to August. A
 * feed's URL expires at the end of that year, in the school's zone; a new year means a new link.
 */
export const schoolYearSpan = (today: string, timeZone: string) => {
  const startYear = Number(schoolYearOf(today).slice(0, 4));
  const from = `${startYear}-09-01`;
  const to = `${startYear + 1}-08-31`;
  // The last second of the year's last day, in the school's zone.
  const expiresAt = new Date(Date.parse(instantOf(plusDays(to, 1), '00:00', timeZone)) - 1000).toISOString();
  return { from, to, expiresAt };
};

import { dateOf, plusDays } from '#domain/shared/calendar/calendar-days';

/** Easter Sunday of a year in the Gregorian calendar (the anonymous algorithm, as Meeus gives it). */
export const easterSunday = (year: number) => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
};

export interface DatedLabel {
  /** YYYY-MM-DD. */
  date: string;
  label: string;
}

/**
 * The public holidays of metropolitan France in a civil year: eight fixed days and three that follow Easter.
 * (Alsace-Moselle adds Good Friday and 26 December: a school there adds them as closed days.)
 */
export const frenchPublicHolidays = (year: number): DatedLabel[] => {
  const easter = easterSunday(year);
  const fixed: [number, number, string][] = [
    [1, 1, 'Jour de l’an'],
    [5, 1, 'Fête du Travail'],
    [5, 8, 'Victoire 1945'],
    [7, 14, 'Fête nationale'],
    [8, 15, 'Assomption'],
    [11, 1, 'Toussaint'],
    [11, 11, 'Armistice 1918'],
    [12, 25, 'Noël'],
  ];
  return [
    ...fixed.map(([month, day, label]) => ({
      date: dateOf(year, month, day),
      label,
    })),
    { date: plusDays(easter, 1), label: 'Lundi de Pâques' },
    { date: plusDays(easter, 39), label: 'Ascension' },
    { date: plusDays(easter, 50), label: 'Lundi de Pentecôte' },
  ].sort((left, right) => left.date.localeCompare(right.date));
};

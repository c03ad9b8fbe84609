import type { Equipment, Place } from '../../../domain/places/place';
import type { CountForms } from './fr';
import type { Locale } from './locale';

export type Format = ReturnType<typeof createFormat>;

/** Puts values in a message: `fill('Bonjour {firstName}', { firstName: 'Inès' })`. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The words, numbers and dates of a page in one locale: labels of kinds, equipment and profiles, counts with their
 * plural. Instants are shown in the school's time zone when it is known, so that everyone reads the same hour.
 */
export const createFormat = ({ tag, messages }: Locale, timeZone?: string) => {
  const numbers = new Intl.NumberFormat(tag);
  const percents = new Intl.NumberFormat(tag, { style: 'percent' });
  const plurals = new Intl.PluralRules(tag);
  // A birth date is a day of the calendar, not an instant: it is read and shown in UTC so that it never shifts.
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const instants = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone });
  const count = (forms: CountForms, value: number) =>
    forms[plurals.select(value) === 'one' ? 'one' : 'other'].replace('{count}', numbers.format(value));
  const labelOf = <Labels extends object>(labels: Labels, key: string) =>
    Object.hasOwn(labels, key) ? String(labels[key as keyof Labels]) : key;

  return {
    localeTag: tag,
    messages,
    fill,
    number: (value: number) => numbers.format(value),
    percent: (fraction: number) => percents.format(fraction),
    count,
    placeCount: (value: number) => count(messages.placeCount, value),
    capacity: (value: number) => count(messages.capacity, value),
    studentCount: (value: number) => count(messages.classPage.studentCount, value),
    accountCount: (value: number) => count(messages.activationCodes.accounts, value),
    letterCount: (value: number) => count(messages.activationCodes.letters, value),
    /** A kind, an equipment or a profile the API may add before the web app knows it is shown as it is. */
    kind: (kind: string) => labelOf(messages.kinds, kind),
    equipment: ({ type, quantity }: Equipment) =>
      `${labelOf(messages.equipment, type)} ×${numbers.format(quantity)}`,
    profile: (profile: string) => labelOf(messages.profiles, profile),
    /** Where a place is, from the largest to the smallest: site, then building. */
    location: ({ site, building }: Pick<Place, 'site' | 'building'>) =>
      building ? `${site} · ${building}` : site,
    fullName: ({ firstName, lastName }: { firstName: string; lastName: string }) =>
      `${firstName} ${lastName}`,
    /** A calendar date such as 2014-03-12, in words; anything else is shown as it is. */
    date: (isoDate: string) => {
      const [, year, month, day] = calendarDate.exec(isoDate) ?? [];
      return year ? dates.format(Date.UTC(Number(year), Number(month) - 1, Number(day))) : isoDate;
    },
    instant: (isoInstant: string) => {
      const time = Date.parse(isoInstant);
      return Number.isNaN(time) ? isoInstant : instants.format(time);
    },
    loadError: (reason: string) => fill(messages.loadError, { reason }),
    pageLoadError: (reason: string) => fill(messages.pageLoadError, { reason }),
    httpError: (status: number) => fill(messages.httpError, { status }),
  };
};

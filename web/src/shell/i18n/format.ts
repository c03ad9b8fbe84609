import { IntlMessageFormat } from 'intl-messageformat';
import type { Equipment, Place } from '#domain/places/place';
import { todayIn } from './calendar-dates';
import { fillSimple, isSimpleTemplate } from './compiled-messages';
import { compiledTemplates } from './dictionaries';
import { elisionOf } from './elision';
import { dateTimeOptions } from './intl-warm-up';
import type { Locale } from './locale';

export type Format = ReturnType<typeof createFormat>;

/** A message that depends on a count: the forms are picked with Intl.PluralRules, `{count}` is the number. */
export interface CountForms {
  one: string;
  other: string;
}

/** Puts values in a message: `fill('Bonjour {firstName}', { firstName: 'Inès' })`. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );

/** Compiled ICU messages, per locale tag then per template: a message is parsed once per page load. */
const compiledMessages = new Map<string, Map<string, IntlMessageFormat>>();

/**
 * The portal's ICU messages come parsed by the build, with the words of their language (dictionaries.ts), and the
 * bundle carries no parser; unbundled (tests), they are parsed as they go.
 */
const formatterOf = (template: string, tag: string): IntlMessageFormat | undefined => {
  try {
    const parsed = compiledTemplates[template];
    return new IntlMessageFormat(parsed ?? template, tag, undefined, { ignoreTag: true });
  } catch {
    // A template the build did not see (none of the messages' files), in a bundle without the parser.
    return undefined;
  }
};

/**
 * An ICU message (plural, select, numbers) with its values. Every text value `name` also gives `nameElision`,
 * `vowel` or `consonant`, so that French writes « d’Anaïs » and « de Paul » from the message alone:
 * `Le planning {nameElision, select, vowel {d’} other {de }}{name}`. Tags are plain text: messages hold no markup.
 */
const messageIn = (tag: string) => {
  const cache = compiledMessages.get(tag) ?? new Map<string, IntlMessageFormat>();
  compiledMessages.set(tag, cache);
  return (template: string, values: Record<string, string | number> = {}): string => {
    // Plain text with `{name}` placeholders is filled as ICU would, unparsed; elisions are asked for in selects only.
    const simple = isSimpleTemplate(template) ? fillSimple(template, values) : undefined;
    if (simple !== undefined) return simple;
    let message = cache.get(template);
    if (!message) {
      message = formatterOf(template, tag);
      if (!message) return fill(template, values);
      cache.set(template, message);
    }
    const withElisions: Record<string, string | number> = { ...values };
    for (const [name, value] of Object.entries(values))
      if (typeof value === 'string' && !Object.hasOwn(values, `${name}Elision`))
        withElisions[`${name}Elision`] = elisionOf(value);
    return String(message.format(withElisions));
  };
};

/** French writes the first of a month « 1er janvier »; other languages keep the number as Intl gives it. */
const withFirstOfMonth = (formatter: Intl.DateTimeFormat, language: string) => (time: number) =>
  language !== 'fr'
    ? formatter.format(time)
    : formatter
        .formatToParts(time)
        .map(({ type, value }) => (type === 'day' && value === '1' ? '1er' : value))
        .join('');

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Intl's formatters, made on first use and kept for the page's life, per locale (and time zone): making one costs
 * far more than using it, a page uses a few of them, and the frame makes a new format when the school's time zone
 * arrives, which only the instants depend on.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
const keptFormatter = <F extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  key: string,
  make: () => F,
): (() => F) => {
  let made: F | undefined;
  return () => {
    if (made) return made;
    made = (formatters.get(key) as F | undefined) ?? make();
    formatters.set(key, made);
    return made;
  };
};

/**
 * The words, numbers and dates of a page in one locale: labels of kinds, equipment and profiles, counts with their
 * plural. Instants are shown in the school's time zone when it is known, so that everyone reads the same hour.
 */
export const createFormat = ({ tag, messages }: Locale, timeZone?: string) => {
  const numbers = keptFormatter(`${tag} number`, () => new Intl.NumberFormat(tag));
  const percents = keptFormatter(`${tag} percent`, () => new Intl.NumberFormat(tag, { style: 'percent' }));
  const plurals = keptFormatter(`${tag} plural`, () => new Intl.PluralRules(tag));
  // Their options are those index.html's worker makes them with first (intl-warm-up.ts), so that ICU is ready.
  const dates = keptFormatter(`${tag} date`, () => new Intl.DateTimeFormat(tag, dateTimeOptions.date));
  const instants = keptFormatter(
    `${tag} instant ${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(tag, { ...dateTimeOptions.instant, timeZone }),
  );
  const days = keptFormatter(`${tag} day`, () => new Intl.DateTimeFormat(tag, dateTimeOptions.day));
  const weekdays = keptFormatter(
    `${tag} weekday`,
    () => new Intl.DateTimeFormat(tag, dateTimeOptions.weekday),
  );
  const times = keptFormatter(`${tag} time`, () => new Intl.DateTimeFormat(tag, dateTimeOptions.time));
  const utcOfDate = (isoDate: string) => {
    const [, year, month, day] = calendarDate.exec(isoDate) ?? [];
    return year ? Date.UTC(Number(year), Number(month) - 1, Number(day)) : undefined;
  };
  const time = (hhmm: string) => {
    const [hours, minutes] = hhmm.split(':').map(Number);
    if (hours === undefined || minutes === undefined || Number.isNaN(hours + minutes)) return hhmm;
    return times().format(Date.UTC(2026, 0, 5, hours, minutes));
  };
  const count = (forms: CountForms, value: number) =>
    forms[plurals().select(value) === 'one' ? 'one' : 'other'].replace('{count}', numbers().format(value));
  const labelOf = <Labels extends object>(labels: Labels, key: string) =>
    Object.hasOwn(labels, key) ? String(labels[key as keyof Labels]) : key;
  const message = messageIn(tag);
  const inWords = (formatter: Intl.DateTimeFormat) => withFirstOfMonth(formatter, messages.language);

  return {
    localeTag: tag,
    /** The school's time zone; undefined until the school is known, when the browser's stands in. */
    timeZone,
    messages,
    fill,
    /** An ICU message: `{count, plural, one {# élève} other {# élèves}}`, `{gender, select, …}`, elisions. */
    message,
    number: (value: number) => numbers().format(value),
    percent: (fraction: number) => percents().format(fraction),
    count,
    placeCount: (value: number) => count(messages.placeCount, value),
    capacity: (value: number) => count(messages.capacity, value),
    studentCount: (value: number) => count(messages.classPage.studentCount, value),
    accountCount: (value: number) => count(messages.activationCodes.accounts, value),
    letterCount: (value: number) => count(messages.activationCodes.letters, value),
    /** A kind, an equipment or a profile the API may add before the web app knows it is shown as it is. */
    kind: (kind: string) => labelOf(messages.kinds, kind),
    /** The grammatical gender of a kind of place, for messages that agree with it; `other` when unknown. */
    placeGender: (kind: string | undefined) =>
      kind !== undefined && Object.hasOwn(messages.kindGenders, kind)
        ? messages.kindGenders[kind as keyof typeof messages.kindGenders]
        : 'other',
    equipment: ({ type, quantity }: Equipment) =>
      `${labelOf(messages.equipment, type)} ×${numbers().format(quantity)}`,
    profile: (profile: string) => labelOf(messages.profiles, profile),
    /** Where a place is, from the largest to the smallest: site, then building. */
    location: ({ site, building }: Pick<Place, 'site' | 'building'>) =>
      building ? `${site} · ${building}` : site,
    fullName: ({ firstName, lastName }: { firstName: string; lastName: string }) =>
      `${firstName} ${lastName}`,
    /** A calendar date such as 2014-03-12, in words; anything else is shown as it is. */
    date: (isoDate: string) => {
      const [, year, month, day] = calendarDate.exec(isoDate) ?? [];
      return year ? inWords(dates())(Date.UTC(Number(year), Number(month) - 1, Number(day))) : isoDate;
    },
    /** A day of a planning, with its weekday and no year: « lundi 24 novembre ». */
    day: (isoDate: string) => {
      const utc = utcOfDate(isoDate);
      return utc === undefined ? isoDate : inWords(days())(utc);
    },
    /** An ISO weekday, 1 = Monday … 7 = Sunday: « mardi ». */
    weekday: (weekday: number) => weekdays().format(Date.UTC(2024, 0, weekday)),
    /** A local wall-clock time HH:mm as the locale writes it: « 14:00 ». */
    time,
    timeSpan: (start: string, end: string) =>
      fill(messages.planning.timeSpan, { start: time(start), end: time(end) }),
    /** Today in the school's time zone (the browser's until the school is known), YYYY-MM-DD. */
    today: () => todayIn(timeZone),
    projectKind: (kind: string) => labelOf(messages.planning.projectKinds, kind),
    instant: (isoInstant: string) => {
      const time = Date.parse(isoInstant);
      return Number.isNaN(time) ? isoInstant : inWords(instants())(time);
    },
    loadError: (reason: string) => fill(messages.loadError, { reason }),
    pageLoadError: (reason: string) => fill(messages.pageLoadError, { reason }),
    httpError: (status: number) => fill(messages.httpError, { status }),
  };
};

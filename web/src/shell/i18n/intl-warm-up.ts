/**
 * The options of the Intl formatters the frame and the planning make as a page first renders (format.ts, today in a
 * zone): one list, which format.ts makes its formatters from and the warm-up below makes them from too.
 */
export const dateTimeOptions = {
  /** A birth date is a day of the calendar, not an instant: it is read and shown in UTC so that it never shifts. */
  date: { dateStyle: 'long', timeZone: 'UTC' },
  instant: { dateStyle: 'long', timeStyle: 'short' },
  /** The planning speaks the school's wall-clock time: days and HH:mm as the API gives them, shown in UTC. */
  day: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' },
  weekday: { weekday: 'long', timeZone: 'UTC' },
  time: { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' },
  /** Today in a time zone, as YYYY-MM-DD parts (calendar-dates.ts, in en-GB). */
  calendarDay: { year: 'numeric', month: '2-digit', day: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The school's zone most schools are in, which the first page's « today » is asked in. */
const usualTimeZone = 'Europe/Paris';

/**
 * The worker's code: makes each of the portal's first formatters once, then ends. The first Intl formatter a page
 * makes loads ICU's data (the locales Chromium has, the patterns of a language, the zone's rules): some 20 to 50 ms
 * on a fast machine, 4 times that on a phone, in the task that draws the page once someone is signed in. Chromium
 * keeps that data for the whole renderer process, workers included: made on another thread while the page waits for
 * its scripts, the page's own formatters then take a fraction of a millisecond. A failure changes nothing but the
 * time. Plain JavaScript, as the worker runs it.
 */
const warmUpCode = (tags: readonly string[], timeZone: string) =>
  [
    `const options=${JSON.stringify(dateTimeOptions)};`,
    `for(const tag of ${JSON.stringify(tags)}){try{`,
    'Intl.NumberFormat.supportedLocalesOf(tag);new Intl.NumberFormat(tag).format(1234.5);',
    "new Intl.PluralRules(tag).select(2);new Intl.Collator(tag,{sensitivity:'base',numeric:true}).compare('a','b');",
    'for(const[name,each]of Object.entries(options)){',
    `const zone=name==='instant'||name==='calendarDay'?{timeZone:${JSON.stringify(timeZone)}}:{};`,
    'new Intl.DateTimeFormat(tag,{...each,...zone}).formatToParts(0)}',
    '}catch{}}close()',
  ].join('');

/**
 * The line of script index.html runs as it is read: a worker that warms up ICU for the page's first language
 * (French, the page's own `lang`) and the tag `today` is asked in (en-GB). Its code is in the line, as a `data:`
 * address: no request, and no blob to register with the browser (a blocking call on a busy phone).
 */
export const intlWarmUpScript = (tags: readonly string[] = ['fr-FR', 'en-GB']) =>
  `try{new Worker(${JSON.stringify(`data:text/javascript,${encodeURIComponent(warmUpCode(tags, usualTimeZone))}`)})}catch{}`;

/** The worker's code alone, for the tests to run. */
export const intlWarmUpCode = (tags: readonly string[] = ['fr-FR', 'en-GB']) =>
  warmUpCode(tags, usualTimeZone);

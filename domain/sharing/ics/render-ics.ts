import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { occurrenceKey } from '#domain/planning/occurrences';
import type { IcsInput } from '../ics-input';
import { descriptionOf, locationOf } from './occurrence-text';
import { vtimezoneOf } from './vtimezone';

/**
 * A feed's calendar as an RFC 5545 file: one VEVENT per occurrence, in the school's zone with its VTIMEZONE. An
 * occurrence keeps its UID across regenerations, so clients replace it rather than add it again, and its SEQUENCE
 * is its activity's version, so a change wins over what a client holds.
 */
export const renderIcs = (input: IcsInput): string => {
  const { timeZone } = input;
  // Before anything is rendered: an unknown zone throws, rather than giving times no client can place.
  const vtimezone = vtimezoneOf(timeZone);
  const calendar = ical({
    prodId: { company: 'Préau', product: 'Planning', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALNAME as given. Their commas stay unescaped: both hold one value, and
    // ical.js (Thunderbird) reads them verbatim, so « \, » would show. A line break would end the line: a space.
    name: input.calendarName.replace(/\s*[\r\n]+\s*/g, ' '),
    // No zone name at calendar level: with one, ical-generator writes DTSTAMP and LAST-MODIFIED as local times
    // without their Z, in the zone of the process. The events carry the zone; every one is in the school's.
    timezone: { name: null, generator: () => vtimezone },
  });
  for (const entry of uniqueOccurrences(input.entries)) {
    const activity = input.activities.get(entry.activityId);
    calendar.createEvent({
      id: `${entry.activityId}-${entry.seriesDate}@${input.uidDomain}`,
      sequence: activity?.version ?? 0,
      stamp: input.generatedAt,
      lastModified: activity?.updatedAt ?? null,
      timezone: timeZone,
      start: wallClock(entry.date, entry.start, timeZone),
      end: wallClock(entry.date, entry.end, timeZone),
      summary: entry.title,
      location: locationOf(entry, input.names),
      description: descriptionOf(entry, input.names),
    });
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves it out after END:VCALENDAR.
  return `${withCalendarProperties(calendar.toString(), calendarProperties(input))}\r\n`;
};

/**
 * How often clients should look again, and the zone to show the calendar in. RFC 5545 puts calendar properties
 * before the components (icalbody = calprops component); ical-generator writes its TTL after the VTIMEZONE and its
 * custom properties after the last VEVENT, which strict parsers drop, hence these lines written here.
 */
const calendarProperties = ({ refreshHours, timeZone }: IcsInput): string[] => [
  `REFRESH-INTERVAL;VALUE=DURATION:PT${refreshHours}H`,
  `X-PUBLISHED-TTL:PT${refreshHours}H`,
  `X-WR-TIMEZONE:${timeZone}`,
];

/** The properties inserted after ical-generator's own, right before the first component (or the end if none). */
const withCalendarProperties = (ics: string, properties: readonly string[]): string => {
  const firstComponent = ics.search(/\r\n(BEGIN:|END:VCALENDAR$)/);
  return `${ics.slice(0, firstComponent)}\r\n${properties.join('\r\n')}${ics.slice(firstComponent)}`;
};

/**
 * Each occurrence once (an entry comes once per resource it concerns), in time order so that an unchanged planning
 * gives the same file but for DTSTAMP.
 */
const uniqueOccurrences = (entries: readonly AgendaEntry[]) =>
  [...new Map(entries.map((entry) => [occurrenceKey(entry), entry])).values()].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || occurrenceKey(a).localeCompare(occurrenceKey(b)),
  );

/** ical-generator writes a Luxon time as its wall clock in the event's zone, whatever the zone of the process. */
const wallClock = (date: string, time: string, zone: string) => DateTime.fromISO(`${date}T${time}`, { zone });

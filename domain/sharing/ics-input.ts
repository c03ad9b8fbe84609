import type { AgendaEntry } from '#domain/planning/agenda-entry';

/** What an ICS file is made from: the occurrences of the feed's selection and the names to show with them. */
export interface IcsInput {
  /** The calendar's name in the client: « Planning — Salle 12 — Conservatoire de démonstration ». */
  calendarName: string;
  /** IANA zone of the school: Europe/Paris by default. */
  timeZone: string;
  /** Stable domain of the UIDs: `<schoolId>.preau` (an occurrence keeps its UID across regenerations). */
  uidDomain: string;
  /** Occurrences, cancelled ones already left out; may hold the same occurrence twice (once per resource). */
  entries: readonly AgendaEntry[];
  /** Per activity: its version (SEQUENCE) and last change (LAST-MODIFIED). */
  activities: ReadonlyMap<string, { version: number; updatedAt: string }>;
  names: {
    places: ReadonlyMap<string, string>;
    people: ReadonlyMap<string, string>;
    classes: ReadonlyMap<string, string>;
  };
  /** DTSTAMP of every event: when the file is generated. */
  generatedAt: string;
  /** How often clients should poll, in hours (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshHours: number;
}

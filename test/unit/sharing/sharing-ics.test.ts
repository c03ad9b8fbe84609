import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Activity } from '#domain/planning/activity';
import { agendaEntriesOf } from '#domain/planning/occurrences';
import type { SchoolCalendar } from '#domain/planning/school-calendar';
import { renderIcs } from '#domain/sharing/ics/render-ics';
import { UnknownTimeZoneError } from '#domain/sharing/ics/vtimezone';
import type { IcsInput } from '#domain/sharing/ics-input';

const zone = 'Europe/Paris';
const nbsp = '\u00a0';

/** Open every day but Sunday, no holidays: the weeks around the end of summer time (Sunday 2026-10-25) all run. */
const calendar: SchoolCalendar = {
  schoolYear: '2026-2027',
  start: '2026-09-01',
  end: '2027-07-03',
  openWeekdays: [1, 2, 3, 4, 5, 6],
  holidays: [],
  closedDays: [],
  frenchPublicHolidays: true,
};

const activity = (fields: Partial<Activity> & Pick<Activity, 'id' | 'title' | 'schedule'>): Activity => ({
  projectId: `project-${fields.id}`,
  status: 'planned',
  conflictsAccepted: false,
  createdAt: '2026-06-01T08:00:00Z',
  updatedAt: '2026-06-01T08:00:00Z',
  version: 1,
  placeIds: [],
  personIds: [],
  classIds: [],
  equipmentIds: [],
  ...fields,
});

/** Tuesdays 18:00–19:00, on either side of the change of time; the 3 November one moved to Thursday 5 at 14:00. */
const formationMusicale = activity({
  id: 'fm-2a',
  title: 'Formation musicale — FM 2A',
  schedule: {
    kind: 'weekly',
    weekday: 2,
    start: '18:00',
    end: '19:00',
    from: '2026-10-19',
    until: '2026-11-03',
    exceptions: [
      {
        date: '2026-11-03',
        movedTo: { date: '2026-11-05', start: '14:00', end: '15:30', placeIds: ['auditorium'] },
      },
    ],
  },
  placeIds: ['salle-12', 'salle-12b'],
  personIds: ['p-dupont', 'p-martin'],
  classIds: ['c-fm2a', 'c-fm2b'],
  updatedAt: '2026-09-14T07:30:00Z',
  version: 7,
});

const concert = activity({
  id: 'concert-toussaint',
  title: 'Concert de la Toussaint des classes d’orchestre à cordes et de l’ensemble vocal « Les Éléments »',
  schedule: { kind: 'once', date: '2026-10-31', start: '20:30', end: '22:00' },
  placeIds: ['auditorium'],
  version: 2,
  updatedAt: '2026-10-01T12:00:00Z',
});

const fmEntries = agendaEntriesOf(formationMusicale, 'course', calendar, zone);
const concertEntries = agendaEntriesOf(concert, 'production', calendar, zone);

const input = (fields: Partial<IcsInput> = {}): IcsInput => ({
  calendarName: 'Planning — Salle 12, bâtiment B — Conservatoire de démonstration',
  timeZone: zone,
  uidDomain: 'demo-conservatoire.preau',
  entries: [...fmEntries, ...concertEntries],
  activities: new Map(
    [formationMusicale, concert].map(({ id, version, updatedAt }) => [id, { version, updatedAt }]),
  ),
  names: {
    places: new Map([
      ['salle-12', 'Salle 12'],
      ['salle-12b', 'Salle 12 bis'],
      ['auditorium', 'Auditorium Messiaen'],
    ]),
    people: new Map([
      ['p-dupont', 'Jeanne Dupont'],
      ['p-martin', 'Anne Martin'],
    ]),
    classes: new Map([
      ['c-fm2a', 'FM 2A'],
      ['c-fm2b', 'FM 2B'],
    ]),
  },
  generatedAt: '2026-10-02T09:15:00.000Z',
  refreshHours: 4,
  ...fields,
});

/** The file as Thunderbird's parser reads it. */
const parse = (ics: string) => {
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  const events = vcalendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const event = (uid: string) => {
    const found = events.find((candidate) => candidate.uid === uid);
    if (!found) throw new Error(`No event ${uid}`);
    return found;
  };
  return { vcalendar, events, event };
};

const uid = (activityId: string, seriesDate: string) =>
  `${activityId}-${seriesDate}@demo-conservatoire.preau`;

const text = (component: ICAL.Component, property: string) =>
  String(component.getFirstPropertyValue(property));

describe('the ICS file of a feed', () => {
  it('keeps a Tuesday 18:00 course at 18:00 across the end of summer time, its instants an hour apart', () => {
    const { event } = parse(renderIcs(input()));

    const before = event(uid('fm-2a', '2026-10-20')).startDate;
    const after = event(uid('fm-2a', '2026-10-27')).startDate;

    expect([before.hour, before.minute, after.hour, after.minute]).toEqual([18, 0, 18, 0]);
    expect(before.toJSDate().toISOString()).toBe('2026-10-20T16:00:00.000Z');
    expect(after.toJSDate().toISOString()).toBe('2026-10-27T17:00:00.000Z');
    expect(event(uid('fm-2a', '2026-10-27')).endDate.toJSDate().toISOString()).toBe(
      '2026-10-27T18:00:00.000Z',
    );
  });

  it('gives the times in the school’s zone, with a VTIMEZONE the parser resolves the TZID with', () => {
    const ics = renderIcs(input());
    const { vcalendar, event } = parse(ics);

    expect(ics).toContain('\r\nDTSTART;TZID=Europe/Paris:20261020T180000\r\n');
    expect(vcalendar.getAllSubcomponents('vtimezone').map((vtimezone) => text(vtimezone, 'tzid'))).toEqual([
      'Europe/Paris',
    ]);
    // Without the VTIMEZONE, ical.js would read a floating time (zone « floating »).
    expect(event(uid('fm-2a', '2026-10-20')).startDate.zone?.tzid).toBe('Europe/Paris');
    expect(text(vcalendar, 'x-wr-timezone')).toBe('Europe/Paris');
  });

  it('names the VTIMEZONE as the events do for a zone the library files under another name', () => {
    const reunion = agendaEntriesOf(formationMusicale, 'course', calendar, 'Indian/Reunion');
    const { vcalendar, event } = parse(renderIcs(input({ timeZone: 'Indian/Reunion', entries: reunion })));

    expect(vcalendar.getAllSubcomponents('vtimezone').map((vtimezone) => text(vtimezone, 'tzid'))).toEqual([
      'Indian/Reunion',
    ]);
    expect(event(uid('fm-2a', '2026-10-20')).startDate.toJSDate().toISOString()).toBe(
      '2026-10-20T14:00:00.000Z',
    );
  });

  it('refuses a zone no VTIMEZONE can describe', () => {
    expect(() => renderIcs(input({ timeZone: 'Europe/Atlantis' }))).toThrow(UnknownTimeZoneError);
  });

  it('shows a moved occurrence at its new day, time and place, under the UID of the day it was planned', () => {
    const { event } = parse(renderIcs(input()));

    const moved = event(uid('fm-2a', '2026-11-03'));

    expect([moved.startDate.toString(), moved.endDate.toString()]).toEqual([
      '2026-11-05T14:00:00',
      '2026-11-05T15:30:00',
    ]);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-11-05T13:00:00.000Z');
    expect(moved.location).toBe('Auditorium Messiaen');
    expect(moved.description.split('\n')).toContain('Déplacé');
    expect(event(uid('fm-2a', '2026-10-20')).description).not.toContain('Déplacé');
  });

  it('keeps UIDs across regenerations, with SEQUENCE the activity’s version and LAST-MODIFIED its last change', () => {
    const first = parse(renderIcs(input()));
    const later = parse(
      renderIcs(
        input({
          generatedAt: '2026-10-09T16:40:00.000Z',
          activities: new Map([
            ['fm-2a', { version: 8, updatedAt: '2026-10-09T16:39:00Z' }],
            ['concert-toussaint', { version: 2, updatedAt: '2026-10-01T12:00:00Z' }],
          ]),
        }),
      ),
    );

    expect(later.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
    const before = first.event(uid('fm-2a', '2026-10-20'));
    const after = later.event(uid('fm-2a', '2026-10-20'));
    expect([before.sequence, after.sequence]).toEqual([7, 8]);
    expect(later.event(uid('concert-toussaint', '2026-10-31')).sequence).toBe(2);
    const utc = (event: ICAL.Event, property: string) =>
      (event.component.getFirstPropertyValue(property) as ICAL.Time).toJSDate().toISOString();
    expect([utc(before, 'dtstamp'), utc(after, 'dtstamp')]).toEqual([
      '2026-10-02T09:15:00.000Z',
      '2026-10-09T16:40:00.000Z',
    ]);
    expect(utc(after, 'last-modified')).toBe('2026-10-09T16:39:00.000Z');
  });

  it('writes DTSTAMP and LAST-MODIFIED in UTC and the same file whatever the zone of the process', () => {
    const here = renderIcs(input());
    const previous = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(renderIcs(input())).toBe(here);
    } finally {
      process.env.TZ = previous;
    }
    expect(here).toContain('\r\nDTSTAMP:20261002T091500Z\r\n');
    expect(here).toContain('\r\nLAST-MODIFIED:20260914T073000Z\r\n');
  });

  it('gives an occurrence one event however many resources listed it', () => {
    const { events } = parse(renderIcs(input({ entries: [...fmEntries, ...concertEntries, ...fmEntries] })));

    expect(events.map((event) => event.uid)).toEqual([
      uid('fm-2a', '2026-10-20'),
      uid('fm-2a', '2026-10-27'),
      uid('concert-toussaint', '2026-10-31'),
      uid('fm-2a', '2026-11-03'),
    ]);
  });

  it('shows the names of places, classes and people', () => {
    const { event } = parse(renderIcs(input()));

    const course = event(uid('fm-2a', '2026-10-20'));
    expect(course.summary).toBe('Formation musicale — FM 2A');
    expect(course.location).toBe('Salle 12, Salle 12 bis');
    expect(renderIcs(input())).toContain('\r\nLOCATION:Salle 12\\, Salle 12 bis\r\n');
    expect(course.description).toBe(
      ['Cours', `Classes${nbsp}: FM 2A, FM 2B`, `Avec${nbsp}: Jeanne Dupont, Anne Martin`].join('\n'),
    );
    expect(event(uid('concert-toussaint', '2026-10-31')).description).toBe('Production');
  });

  it('tells clients its name, its maker and how often to look again', () => {
    const ics = renderIcs(input());
    const { vcalendar } = parse(ics);

    expect(text(vcalendar, 'prodid')).toBe('-//Préau//Planning//FR');
    expect(text(vcalendar, 'method')).toBe('PUBLISH');
    expect(text(vcalendar, 'version')).toBe('2.0');
    expect(text(vcalendar, 'name')).toBe('Planning — Salle 12, bâtiment B — Conservatoire de démonstration');
    expect(text(vcalendar, 'x-wr-calname')).toBe(
      'Planning — Salle 12, bâtiment B — Conservatoire de démonstration',
    );
    expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT4H\r\n');
    expect(ics).toContain('\r\nX-PUBLISHED-TTL:PT4H\r\n');
  });

  it('writes its calendar properties before its components, as RFC 5545 orders them', () => {
    const ics = renderIcs(input());
    const { vcalendar } = parse(ics);

    // Each content line with the depth it sits at (1 is the calendar's own level), its property as ical.js reads it.
    const unfolded = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean);
    let depth = 0;
    const lines = unfolded.map((line) => {
      const component = /^(BEGIN|END):(.*)$/.exec(line);
      if (component?.[1] === 'END') depth -= 1;
      const name = component ? String(component[1]).toLowerCase() : ICAL.parse.property(line)[0];
      const at = { name, value: component?.[2], depth };
      if (component?.[1] === 'BEGIN') depth += 1;
      return at;
    });
    const firstComponent = lines.findIndex((line) => line.name === 'begin' && line.depth === 1);
    const calendarLevel = lines.flatMap((line, index) =>
      line.depth === 1 && line.name !== 'begin' && line.name !== 'end' ? [{ ...line, index }] : [],
    );

    expect(lines[firstComponent]?.value).toBe('VTIMEZONE');
    expect(calendarLevel.map((line) => line.name)).toEqual(
      expect.arrayContaining(['refresh-interval', 'x-published-ttl', 'x-wr-timezone', 'x-wr-calname']),
    );
    expect(calendarLevel.filter((line) => line.index > firstComponent)).toEqual([]);
    expect(text(vcalendar, 'x-wr-timezone')).toBe('Europe/Paris');
    expect(vcalendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT4H');
  });

  it('keeps its calendar properties on a feed with no occurrence', () => {
    const ics = renderIcs(input({ entries: [] }));
    const { vcalendar, events } = parse(ics);

    expect(events).toEqual([]);
    expect(text(vcalendar, 'x-published-ttl')).toBe('PT4H');
    expect(ics.endsWith('X-WR-TIMEZONE:Europe/Paris\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps a calendar name typed on two lines on one', () => {
    const { vcalendar } = parse(renderIcs(input({ calendarName: 'Planning — Salle 12\nConservatoire' })));

    expect(text(vcalendar, 'x-wr-calname')).toBe('Planning — Salle 12 Conservatoire');
  });

  it('ends every line with CRLF and folds them at 75 octets without cutting a character', () => {
    const ics = renderIcs(input());

    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    expect(parse(ics).event(uid('concert-toussaint', '2026-10-31')).summary).toBe(concert.title);
  });
});

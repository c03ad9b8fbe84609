import { describe, expect, it } from 'vitest';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { planningCsv } from '#domain/planning/export/planning-csv';
import { type ExportLookups, planningExportRows } from '#domain/planning/export/planning-export-row';
import { planningJson } from '#domain/planning/export/planning-json';

const entry = (
  fields: Partial<AgendaEntry> & Pick<AgendaEntry, 'activityId' | 'date' | 'start' | 'end'>,
): AgendaEntry => ({
  projectId: `project-${fields.activityId}`,
  projectKind: 'course',
  title: 'Mathématiques — 5e A',
  seriesDate: fields.date,
  startsAt: `${fields.date}T06:00:00Z`,
  endsAt: `${fields.date}T07:00:00Z`,
  moved: false,
  placeIds: [],
  personIds: [],
  classIds: [],
  equipmentIds: [],
  ...fields,
});

const lookups: ExportLookups = {
  places: new Map([
    ['r-101', 'Salle 101'],
    ['r-9', 'Salle 9'],
    ['r-auditorium', 'Auditorium'],
  ]),
  people: new Map([
    ['p-dupont', 'Jean Dupont'],
    ['p-martin', 'Anne Martin'],
  ]),
  classes: new Map([
    ['c-5a', '5e A'],
    ['c-5b', '5e B'],
  ]),
};

const maths = entry({
  activityId: 'maths',
  date: '2026-09-07',
  start: '08:00',
  end: '08:55',
  placeIds: ['r-101'],
  personIds: ['p-dupont', 'p-martin'],
  classIds: ['c-5a', 'c-5b'],
});

/** As the agenda store holds it: once for the room, once per teacher, once per class. */
const mathsPerResource = [maths, { ...maths }, { ...maths }, { ...maths }, { ...maths }];

const entries: AgendaEntry[] = [
  entry({
    activityId: 'concert',
    date: '2026-09-08',
    start: '18:00',
    end: '20:00',
    title: 'Concert de rentrée',
    projectKind: 'production',
    placeIds: ['r-auditorium'],
  }),
  ...mathsPerResource,
  entry({
    activityId: 'french',
    date: '2026-09-07',
    start: '08:00',
    end: '08:55',
    title: 'Français — 5e B',
    placeIds: ['r-9'],
    classIds: ['c-5b'],
  }),
  entry({
    activityId: 'maths',
    seriesDate: '2026-09-14',
    date: '2026-09-15',
    start: '10:10',
    end: '11:05',
    moved: true,
    placeIds: ['r-gone'],
    personIds: ['p-dupont'],
    classIds: ['c-5a'],
  }),
];

const decoded = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('exporting the planning for attendance sheets', () => {
  const rows = planningExportRows(entries, lookups);

  it('lists each occurrence once, by date, time and place, with names for every id', () => {
    expect(rows.map(({ activityId, date, start }) => `${date} ${start} ${activityId}`)).toEqual([
      '2026-09-07 08:00 french',
      '2026-09-07 08:00 maths',
      '2026-09-08 18:00 concert',
      '2026-09-15 10:10 maths',
    ]);
    expect(rows[1]).toMatchObject({
      weekday: 'lundi',
      classes: [
        { id: 'c-5a', name: '5e A' },
        { id: 'c-5b', name: '5e B' },
      ],
      people: [
        { id: 'p-dupont', name: 'Jean Dupont' },
        { id: 'p-martin', name: 'Anne Martin' },
      ],
      places: [{ id: 'r-101', name: 'Salle 101' }],
    });
    expect(rows[3]).toMatchObject({
      weekday: 'mardi',
      seriesDate: '2026-09-14',
      moved: true,
      places: [{ id: 'r-gone', name: 'r-gone' }],
    });
  });

  it('writes a CSV that French Excel opens by double-click: BOM, semicolons, French dates', () => {
    const bytes = planningCsv(rows);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = decoded(bytes).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFDate;Jour;Début;Fin;Intitulé;Type;Classes;Personnes;Salles;Déplacé;Date prévue;Identifiant activité;Identifiant projet',
    );
    expect(lines[2]).toBe(
      '07/09/2026;lundi;08:00;08:55;Mathématiques — 5e A;Cours;5e A, 5e B;Jean Dupont, Anne Martin;Salle 101;non;07/09/2026;maths;project-maths',
    );
    expect(lines[4]).toBe(
      '15/09/2026;mardi;10:10;11:05;Mathématiques — 5e A;Cours;5e A;Jean Dupont;r-gone;oui;14/09/2026;maths;project-maths',
    );
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });

  it('keeps a title typed by a planner from running as a formula or breaking the columns', () => {
    const csv = decoded(
      planningCsv(
        planningExportRows(
          [
            entry({
              activityId: 'x',
              date: '2026-09-07',
              start: '08:00',
              end: '09:00',
              title: '=HYPERLINK("x";"y")',
            }),
          ],
          lookups,
        ),
      ),
    );
    expect(csv.split('\r\n')[1]).toContain(`;"'=HYPERLINK(""x"";""y"")";`);
  });

  it('gives JSON with ISO dates and ids next to every name', () => {
    const json = planningJson(rows);
    expect(json.items[3]).toEqual({
      activityId: 'maths',
      projectId: 'project-maths',
      seriesDate: '2026-09-14',
      date: '2026-09-15',
      weekday: 'mardi',
      start: '10:10',
      end: '11:05',
      title: 'Mathématiques — 5e A',
      projectKind: 'course',
      classes: [{ id: 'c-5a', name: '5e A' }],
      people: [{ id: 'p-dupont', name: 'Jean Dupont' }],
      places: [{ id: 'r-gone', name: 'r-gone' }],
      moved: true,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

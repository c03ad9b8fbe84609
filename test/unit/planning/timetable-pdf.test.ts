import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '#domain/planning/agenda-entry';
import { renderTimetablePdf } from '#functions/planning/timetable/timetable-pdf';
import { pdfPages } from '../../support/pdf-text';

const item = (title: string, date: string, start: string, end: string, overrides: Partial<AgendaItem> = {}) =>
  ({
    activityId: `${title}-${date}`,
    projectId: 'p-1',
    projectKind: 'course',
    title,
    seriesDate: date,
    date,
    start,
    end,
    startsAt: `${date}T${start}:00.000Z`,
    endsAt: `${date}T${end}:00.000Z`,
    moved: false,
    placeIds: ['salle-109'],
    personIds: [],
    classIds: [],
    equipmentIds: [],
    conflictsWith: [],
    ...overrides,
  }) satisfies AgendaItem;

const week = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2026-11-29',
];

describe('the printed timetable of a week', () => {
  it('is one A4 landscape page naming who it is of, the week, each day and each lesson with its times and room', async () => {
    const pdf = await renderTimetablePdf(
      {
        resource: { kind: 'class', label: '1re année A' },
        days: week.map((date) => ({
          date,
          open: date !== '2026-11-29',
          ...(date === '2026-11-29' && { closure: 'closed-weekday' as const }),
          items:
            date === '2026-11-24'
              ? [
                  item('Formation musicale', date, '17:00', '18:30'),
                  item('Piano – Łukasz Şahin', date, '18:30', '19:00', { projectKind: 'external' }),
                ]
              : [],
        })),
        placeNames: new Map([['salle-109', 'Studio 109']]),
      },
      { timeZone: 'Europe/Paris', printedAt: '2026-12-06T23:30:00.000Z' },
    );

    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const [text] = pages as [string];
    expect(text).toContain('Emploi du temps de la classe : 1re année A');
    expect(text).toContain('Semaine du lundi 23 novembre au samedi 28 novembre 2026');
    for (const day of ['lundi 23 novembre', 'mardi 24 novembre', 'samedi 28 novembre'])
      expect(text).toContain(day);
    expect(text).not.toContain('dimanche 29 novembre');
    expect(text).toContain('17:00 – 18:30');
    expect(text).toContain('Formation musicale');
    expect(text).toContain('Studio 109');
    // A half-hour lesson keeps its start and title; a name from elsewhere loses its marks, not its letters.
    expect(text).toContain('18:30');
    expect(text).toMatch(/Piano – Lukasz/);
    // Edited in the school's time zone: 00:30 in Paris, the next day.
    expect(text).toContain('Édité le 7 décembre 2026 à 00:30');
  });
});

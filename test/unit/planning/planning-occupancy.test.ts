import { describe, expect, it } from 'vitest';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { entryChanges } from '#domain/planning/entry-changes';
import { occupancyMarks } from '#domain/planning/occupancy-marks';
import { dayUpdate } from '#functions/planning/adapters/day-update';

/** Whether two spans would be refused together: one holds a mark the other needs free. */
const clash = (a: [string, string], b: [string, string]) => {
  const first = occupancyMarks(...a);
  const second = occupancyMarks(...b);
  return (
    first.needsFree.some((mark) => second.holds.includes(mark)) ||
    second.needsFree.some((mark) => first.holds.includes(mark))
  );
};

const entry = (overrides: Partial<AgendaEntry> = {}): AgendaEntry => ({
  activityId: 'fm1a',
  projectId: 'p1',
  projectKind: 'course',
  title: 'Formation musicale',
  seriesDate: '2026-11-24',
  date: '2026-11-24',
  start: '17:00',
  end: '18:30',
  startsAt: '2026-11-24T16:00:00Z',
  endsAt: '2026-11-24T17:30:00Z',
  moved: false,
  placeIds: ['salle-12'],
  personIds: [],
  classIds: [],
  equipmentIds: [],
  ...overrides,
});

describe('occupancy marks: overlaps refused by conditions alone', () => {
  it('tells overlapping spans from spans that only touch, to the 5 minutes', () => {
    expect(clash(['08:00', '08:55'], ['08:55', '09:50'])).toBe(false);
    expect(clash(['08:00', '08:55'], ['08:50', '09:50'])).toBe(true);
    expect(clash(['14:00', '16:00'], ['15:00', '15:05'])).toBe(true);
    expect(clash(['14:00', '16:00'], ['16:00', '17:00'])).toBe(false);
    expect(clash(['09:10', '09:20'], ['09:40', '09:50'])).toBe(false);
    expect(clash(['09:10', '09:20'], ['09:00', '10:00'])).toBe(true);
    expect(clash(['10:15', '12:45'], ['11:00', '12:00'])).toBe(true);
  });

  it('agrees with comparing the times, for every pair of quarter-hour spans of a morning', () => {
    const times = Array.from({ length: 17 }, (_, index) => {
      const minutes = 8 * 60 + index * 15;
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    });
    for (const [i, aStart] of times.entries()) {
      for (const aEnd of times.slice(i + 1)) {
        for (const [j, bStart] of times.entries()) {
          for (const bEnd of times.slice(j + 1)) {
            expect(clash([aStart, aEnd], [bStart, bEnd]), `${aStart}-${aEnd} / ${bStart}-${bEnd}`).toBe(
              aStart < bEnd && bStart < aEnd,
            );
          }
        }
      }
    }
  });

  it('keeps the condition of a whole day within DynamoDB’s 4 KB expressions', () => {
    const update = dayUpdate(
      'preau-demo',
      {
        day: { resource: { kind: 'place', id: 'auditorium' }, date: '2026-11-24' },
        activityId: 'festival',
        add: [entry({ start: '00:05', end: '23:55' })],
        remove: [],
      },
      true,
    ).Update;
    expect(update.ConditionExpression?.length).toBeLessThan(4096);
    expect(update.UpdateExpression.length).toBeLessThan(4096);
  });

  it('writes no condition for a project’s day, which holds nothing', () => {
    const update = dayUpdate(
      'preau-demo',
      {
        day: { resource: { kind: 'project', id: 'p1' }, date: '2026-11-24' },
        activityId: 'fm1a',
        add: [entry()],
        remove: [],
      },
      true,
    ).Update;
    expect(update.ConditionExpression).toBeUndefined();
  });
});

describe('changes of an activity', () => {
  it('rewrites only the occurrences that changed', () => {
    const kept = entry();
    const moved = entry({ seriesDate: '2026-12-01', date: '2026-12-01' });
    const movedAfter = { ...moved, date: '2026-12-03', moved: true };
    expect(entryChanges([kept, moved], [kept, movedAfter])).toEqual({ add: [movedAfter], remove: [moved] });
  });
});

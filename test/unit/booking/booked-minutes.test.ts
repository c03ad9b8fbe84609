import { describe, expect, it } from 'vitest';
import { bookedMinutesChanges, bookedMinutesOf } from '#domain/booking/booked-minutes';
import { roomBookingsProjectId } from '#domain/booking/room-bookings-project';
import { studentOf } from '#domain/booking/student-level';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { occupancyMarks } from '#domain/planning/occupancy-marks';
import type { PlanningDirectory } from '#domain/planning/planning-ports';
import { alsoHolding } from '#domain/planning/resource-days';
import { bookedMinutesUpdate } from '#functions/planning/adapters/booked-minutes-update';
import { dayCheck } from '#functions/planning/adapters/day-update';

const booking = (overrides: Partial<AgendaEntry> = {}): AgendaEntry => ({
  activityId: 'b1',
  projectId: roomBookingsProjectId,
  projectKind: 'internal',
  title: 'Travail personnel',
  seriesDate: '2026-11-24',
  date: '2026-11-24',
  start: '17:00',
  end: '18:00',
  startsAt: '2026-11-24T16:00:00Z',
  endsAt: '2026-11-24T17:00:00Z',
  moved: false,
  placeIds: ['studio-7'],
  personIds: ['lea'],
  classIds: [],
  equipmentIds: [],
  ...overrides,
});

// 2026-11-23 is a Monday; 2026-11-29 the Sunday of its week, 2026-11-30 the next Monday.
describe('a student’s booked minutes, week by week', () => {
  it('counts what a change adds and removes, per person and ISO week, room bookings only', () => {
    expect(
      bookedMinutesChanges(
        [
          booking(),
          booking({ activityId: 'b2', date: '2026-11-29', start: '10:00', end: '11:30' }),
          booking({ activityId: 'b3', date: '2026-11-30', personIds: ['lea', 'tom'], end: '17:45' }),
          booking({ activityId: 'fm', projectId: 'formation-musicale', projectKind: 'course' }),
        ],
        [booking({ activityId: 'b0', date: '2026-11-25', start: '08:00', end: '08:30' })],
      ),
    ).toEqual([
      { personId: 'lea', monday: '2026-11-23', minutes: 60 + 90 - 30 },
      { personId: 'lea', monday: '2026-11-30', minutes: 45 },
      { personId: 'tom', monday: '2026-11-30', minutes: 45 },
    ]);
  });

  it('leaves out a week a change leaves as it was: a booking moved within its week, to the same length', () => {
    expect(
      bookedMinutesChanges([booking({ date: '2026-11-27', start: '09:00', end: '10:00' })], [booking()]),
    ).toEqual([]);
    expect(bookedMinutesChanges([booking({ end: '18:30' })], [booking()])).toEqual([
      { personId: 'lea', monday: '2026-11-23', minutes: 30 },
    ]);
  });

  it('counts a week not counted yet from the person’s planning', () => {
    expect(
      bookedMinutesOf([
        booking(),
        booking({ activityId: 'b2', start: '19:00', end: '19:45' }),
        booking({ activityId: 'fm', projectId: 'formation-musicale' }),
      ]),
    ).toBe(105);
  });
});

describe('the count’s write: the weekly hours as a condition', () => {
  const week = { personId: 'lea', monday: '2026-11-23', minutes: 60, base: 0 };

  it('holds a booking only if the count leaves room for it', () => {
    const { Update } = bookedMinutesUpdate('preau-demo', week, 240);
    expect(Update.Key).toEqual({ PK: 'BOOKED-MINUTES#lea', SK: '2026-11-23' });
    expect(Update.UpdateExpression).toContain('#minutes = if_not_exists(#minutes, :base) + :by');
    expect(Update.ConditionExpression).toBe('attribute_not_exists(#minutes) OR #minutes <= :room');
    expect(Update.ExpressionAttributeValues).toMatchObject({ ':by': 60, ':room': 180, ':base': 0 });
  });

  it('refuses an uncounted week whose planning already holds the hours', () => {
    const { Update } = bookedMinutesUpdate('preau-demo', { ...week, base: 200 }, 240);
    expect(Update.ConditionExpression).toBe('#minutes <= :room');
  });

  it('never refuses what gives minutes back, nor a planner’s approval, which has no cap', () => {
    expect(bookedMinutesUpdate('preau-demo', { ...week, minutes: -60 }, 240).Update.ConditionExpression).toBe(
      undefined,
    );
    expect(bookedMinutesUpdate('preau-demo', week).Update.ConditionExpression).toBeUndefined();
  });
});

describe('a student’s classes, whose courses are theirs', () => {
  it('checks the class’s day for every mark the booking needs free, and writes nothing there', () => {
    const check = dayCheck('preau-demo', { resource: { kind: 'class', id: 'fm1a' }, date: '2026-11-24' }, [
      booking({ start: '10:30', end: '11:30' }),
    ]).ConditionCheck;
    expect(check.Key).toEqual({ PK: 'AGENDA#class#fm1a', SK: '2026-11-24' });
    expect(Object.values(check.ExpressionAttributeNames).sort()).toEqual(
      [...occupancyMarks('10:30', '11:30').needsFree].sort(),
    );
    expect(
      check.ConditionExpression.split(' AND ').every((part) => part.startsWith('attribute_not_exists(')),
    ).toBe(true);
  });

  it('weighs a booking as if it held the student’s classes, to name a course it meets', () => {
    expect(
      alsoHolding(booking(), [
        { kind: 'class', id: 'fm1a' },
        { kind: 'class', id: 'choeur' },
      ]),
    ).toMatchObject({
      classIds: ['fm1a', 'choeur'],
      personIds: ['lea'],
      placeIds: ['studio-7'],
    });
    expect(alsoHolding(booking({ classIds: ['fm1a'] }), [{ kind: 'class', id: 'fm1a' }]).classIds).toEqual([
      'fm1a',
    ]);
  });

  it('finds a student’s class and groups, and the level of their class', async () => {
    const directory = {
      people: async () => [{ personId: 'lea', classId: 'fm1a', groupIds: ['choeur'] }],
      classes: async (ids: readonly string[]) =>
        ids.includes('fm1a') ? [{ classId: 'fm1a', label: 'FM 1A', level: 'Cycle 1' }] : [],
    } as unknown as PlanningDirectory;
    expect(await studentOf('lea', directory)).toEqual({ level: 'Cycle 1', classIds: ['fm1a', 'choeur'] });
  });
});

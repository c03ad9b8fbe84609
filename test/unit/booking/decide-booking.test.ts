import { describe, expect, it } from 'vitest';
import type { BookingRule } from '#domain/booking/booking-rule';
import { type Booker, decideBooking } from '#domain/booking/decide-booking';

const rules: BookingRule[] = [
  {
    label: 'Cycle 2 : studios',
    levels: ['Cycle 2'],
    placeKinds: ['practice-room'],
    hoursPerWeek: 3,
    daysAhead: 7,
    windows: [
      { weekdays: [1, 2, 3, 4, 5], from: '08:00', to: '20:00' },
      { weekdays: [6], from: '09:00', to: '13:00' },
    ],
  },
  {
    label: 'Cycle 3 : studios et salles de répétition',
    levels: ['Cycle 3'],
    placeKinds: ['practice-room', 'rehearsal-room'],
    hoursPerWeek: 6,
    daysAhead: 14,
    windows: [{ weekdays: [1, 2, 3, 4, 5, 6], from: '08:00', to: '21:00' }],
  },
];
const context = {
  booker: { kind: 'student', level: 'Cycle 2' } as Booker,
  placeKind: 'practice-room',
  now: '2026-11-23T08:00',
  minutesBookedThatWeek: 0,
};
// 2026-11-24 is a Tuesday, 2026-11-28 a Saturday.
const booking = { placeId: 'studio-7', date: '2026-11-24', start: '17:00', end: '18:00' };

describe('what a curriculum lets a student book', () => {
  it('confirms a room of the curriculum, on time, within the hours and the horizon', () => {
    expect(decideBooking(booking, context, rules)).toEqual({ outcome: 'confirm', minutesPerWeek: 180 });
    expect(
      decideBooking({ ...booking, date: '2026-11-28', start: '10:00', end: '12:00' }, context, rules),
    ).toEqual({
      outcome: 'confirm',
      minutesPerWeek: 180,
    });
  });

  it('refuses a kind of room the curriculum does not open, a student of no rule, a past day', () => {
    expect(decideBooking(booking, { ...context, placeKind: 'rehearsal-room' }, rules)).toEqual({
      outcome: 'refuse',
      code: 'room_kind',
    });
    expect(
      decideBooking(booking, { ...context, booker: { kind: 'student', level: 'Cycle 1' } }, rules),
    ).toEqual({
      outcome: 'refuse',
      code: 'no_rights',
    });
    expect(
      decideBooking(booking, { ...context, booker: { kind: 'student', level: undefined } }, rules),
    ).toEqual({
      outcome: 'refuse',
      code: 'no_rights',
    });
    expect(decideBooking({ ...booking, date: '2026-11-20' }, context, rules)).toEqual({
      outcome: 'refuse',
      code: 'past_day',
    });
    // Earlier today is past too; later today is bookable.
    const laterToday = { ...context, now: '2026-11-23T10:30' };
    const today = { ...booking, date: '2026-11-23' };
    expect(decideBooking({ ...today, start: '10:00', end: '11:00' }, laterToday, rules)).toEqual({
      outcome: 'refuse',
      code: 'past_day',
    });
    expect(decideBooking({ ...today, start: '11:00', end: '12:00' }, laterToday, rules)).toEqual({
      outcome: 'confirm',
      minutesPerWeek: 180,
    });
  });

  it('makes a request of what goes beyond the hours, the horizon or the times, naming each limit', () => {
    expect(decideBooking(booking, { ...context, minutesBookedThatWeek: 150 }, rules)).toEqual({
      outcome: 'request',
      limits: [{ code: 'hours', hoursPerWeek: 3 }],
    });
    expect(
      decideBooking({ ...booking, date: '2026-12-08', start: '20:00', end: '21:00' }, context, rules),
    ).toEqual({
      outcome: 'request',
      limits: [{ code: 'horizon', daysAhead: 7 }, { code: 'window' }],
    });
    expect(
      decideBooking({ ...booking, date: '2026-11-28', start: '14:00', end: '15:00' }, context, rules),
    ).toEqual({
      outcome: 'request',
      limits: [{ code: 'window' }],
    });
  });

  it('takes the most generous rule of the student’s level', () => {
    const both = [
      ...rules,
      { ...rules[0], label: 'Cycle 2 : soirées', windows: [{ weekdays: [2], from: '18:00', to: '22:00' }] },
    ] as BookingRule[];
    expect(decideBooking({ ...booking, start: '20:00', end: '21:00' }, context, both)).toEqual({
      outcome: 'confirm',
      minutesPerWeek: 180,
    });
  });

  it('caps the week at the most hours among the rules that confirm the booking, not those it goes beyond', () => {
    const evenings = { ...rules[0], label: 'Cycle 2 : soirées', hoursPerWeek: 5 } as BookingRule;
    const both = [
      ...rules,
      { ...evenings, windows: [{ weekdays: [2], from: '18:00', to: '22:00' }] },
    ] as BookingRule[];
    // 17:00–18:00 is outside the evenings' window: only the 3-hour rule confirms it.
    expect(decideBooking(booking, context, both)).toEqual({ outcome: 'confirm', minutesPerWeek: 180 });
    // 19:00–20:00 fits both: the 5 hours of the evenings hold.
    expect(decideBooking({ ...booking, start: '19:00', end: '20:00' }, context, both)).toEqual({
      outcome: 'confirm',
      minutesPerWeek: 300,
    });
    // With 4 hours booked, the 3-hour rule is past: the evenings' still confirms.
    expect(
      decideBooking(
        { ...booking, start: '19:00', end: '20:00' },
        { ...context, minutesBookedThatWeek: 240 },
        both,
      ),
    ).toEqual({ outcome: 'confirm', minutesPerWeek: 300 });
  });
});

describe('what the school lets its teachers book for their own work', () => {
  const teachers: BookingRule = {
    label: 'Enseignants : salles de cours',
    audience: 'teachers',
    levels: [],
    placeKinds: ['classroom'],
    hoursPerWeek: 2,
    maxMinutes: 90,
    daysAhead: 14,
    windows: [{ weekdays: [1, 2, 3, 4, 5], from: '08:00', to: '20:00' }],
  };
  const teacher = { ...context, booker: { kind: 'teacher' } as Booker, placeKind: 'classroom' };

  it('confirms a room of the teachers’ rule, and no student’s rule serves a teacher', () => {
    expect(decideBooking(booking, teacher, [...rules, teachers])).toEqual({
      outcome: 'confirm',
      minutesPerWeek: 120,
    });
    expect(decideBooking(booking, { ...teacher, placeKind: 'practice-room' }, rules)).toEqual({
      outcome: 'refuse',
      code: 'teacher_no_rights',
    });
  });

  it('refuses a kind of room the teachers’ rule does not open, and serves no student with it', () => {
    expect(decideBooking(booking, { ...teacher, placeKind: 'practice-room' }, [teachers])).toEqual({
      outcome: 'refuse',
      code: 'teacher_room_kind',
    });
    expect(decideBooking(booking, { ...context, placeKind: 'classroom' }, [teachers])).toEqual({
      outcome: 'refuse',
      code: 'no_rights',
    });
  });

  it('asks a planner beyond the longest booking, and always under a rule that needs approval', () => {
    expect(decideBooking({ ...booking, start: '16:00', end: '18:00' }, teacher, [teachers])).toEqual({
      outcome: 'request',
      limits: [{ code: 'length', maxMinutes: 90 }],
    });
    expect(decideBooking(booking, teacher, [{ ...teachers, needsApproval: true }])).toEqual({
      outcome: 'request',
      limits: [{ code: 'approval' }],
    });
  });
});

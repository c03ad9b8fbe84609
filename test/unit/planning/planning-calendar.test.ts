import { describe, expect, it } from 'vitest';
import { type Booking, conflictsOf } from '#domain/planning/conflicts';
import { frenchPublicHolidays } from '#domain/planning/french-public-holidays';
import { dayStatus, type SchoolCalendar } from '#domain/planning/school-calendar';
import { occurrencesOf, type WeeklySeries } from '#domain/planning/weekly-series';

/** A school year as a collège in zone C might have it; the holidays are the test's, not an official list. */
const calendar: SchoolCalendar = {
  schoolYear: '2026-2027',
  start: '2026-09-01',
  end: '2027-07-03',
  openWeekdays: [1, 2, 3, 4, 5, 6],
  holidays: [
    { label: 'Vacances de la Toussaint', from: '2026-10-17', to: '2026-11-01' },
    { label: 'Vacances de Noël', from: '2026-12-19', to: '2027-01-03' },
  ],
  closedDays: [{ date: '2026-09-25', label: 'Journée pédagogique' }],
  frenchPublicHolidays: true,
};

const tuesdayCourse: WeeklySeries = {
  weekday: 2,
  start: '18:00',
  end: '19:30',
  from: '2026-09-01',
  until: '2027-07-03',
  exceptions: [],
};

describe('the school calendar', () => {
  it('knows the public holidays of France, including those that follow Easter', () => {
    expect(frenchPublicHolidays(2027).map(({ date, label }) => `${date} ${label}`)).toEqual([
      '2027-01-01 Jour de l’an',
      '2027-03-29 Lundi de Pâques',
      '2027-05-01 Fête du Travail',
      '2027-05-06 Ascension',
      '2027-05-08 Victoire 1945',
      '2027-05-17 Lundi de Pentecôte',
      '2027-07-14 Fête nationale',
      '2027-08-15 Assomption',
      '2027-11-01 Toussaint',
      '2027-11-11 Armistice 1918',
      '2027-12-25 Noël',
    ]);
  });

  it('says why a day has no classes', () => {
    expect(dayStatus(calendar, '2026-10-20')).toEqual({
      open: false,
      closure: 'holiday',
      reason: 'Vacances de la Toussaint',
    });
    expect(dayStatus(calendar, '2026-11-11')).toEqual({
      open: false,
      closure: 'public-holiday',
      reason: 'Armistice 1918',
    });
    expect(dayStatus(calendar, '2026-09-25')).toEqual({
      open: false,
      closure: 'closed-day',
      reason: 'Journée pédagogique',
    });
    expect(dayStatus(calendar, '2026-09-27')).toEqual({ open: false, closure: 'closed-weekday' });
    expect(dayStatus(calendar, '2026-09-26')).toEqual({ open: true });
  });
});

describe('a weekly course over the school year', () => {
  const occurrences = occurrencesOf(tuesdayCourse, calendar, 'Europe/Paris');

  it('runs every open Tuesday, and skips the holidays', () => {
    const dates = occurrences.map(({ date }) => date);
    expect(dates[0]).toBe('2026-09-01');
    expect(dates).not.toContain('2026-10-20');
    expect(dates).not.toContain('2026-10-27');
    expect(dates).toContain('2026-11-03');
    expect(dates).not.toContain('2026-12-22');
    expect(dates.at(-1)).toBe('2027-06-29');
  });

  it('keeps 18:00 on the wall clock across the change to and from summer time', () => {
    const at = (date: string) => occurrences.find((occurrence) => occurrence.date === date);
    expect(at('2026-10-13')).toMatchObject({
      startsAt: '2026-10-13T16:00:00Z',
      endsAt: '2026-10-13T17:30:00Z',
    });
    expect(at('2026-11-03')).toMatchObject({ startsAt: '2026-11-03T17:00:00Z' });
    expect(at('2027-03-23')).toMatchObject({ startsAt: '2027-03-23T17:00:00Z' });
    expect(at('2027-03-30')).toMatchObject({ startsAt: '2027-03-30T16:00:00Z' });
  });

  it('applies exceptions: one occurrence cancelled, one moved to another day and time', () => {
    const withExceptions = occurrencesOf(
      {
        ...tuesdayCourse,
        exceptions: [
          { date: '2026-09-08', cancelled: true, reason: 'Sortie' },
          { date: '2026-09-15', movedTo: { date: '2026-09-17', start: '14:00', end: '15:30' } },
        ],
      },
      calendar,
      'Europe/Paris',
    );
    const september = withExceptions.filter(({ seriesDate }) => seriesDate < '2026-10-01');
    expect(
      september.map(({ seriesDate, date, startsAt, moved }) => [seriesDate, date, startsAt, moved]),
    ).toEqual([
      ['2026-09-01', '2026-09-01', '2026-09-01T16:00:00Z', false],
      ['2026-09-15', '2026-09-17', '2026-09-17T12:00:00Z', true],
      ['2026-09-22', '2026-09-22', '2026-09-22T16:00:00Z', false],
      ['2026-09-29', '2026-09-29', '2026-09-29T16:00:00Z', false],
    ]);
  });

  it('moves a time that does not exist in the spring gap to the hour after', () => {
    const sundayNight = occurrencesOf(
      { ...tuesdayCourse, weekday: 7, start: '02:30', end: '03:30', from: '2027-03-28', until: '2027-03-28' },
      { ...calendar, openWeekdays: [7] },
      'Europe/Paris',
    );
    expect(sundayNight[0]?.startsAt).toBe('2027-03-28T01:30:00Z');
  });
});

describe('conflicts between bookings', () => {
  const booking = (
    activityId: string,
    start: string,
    end: string,
    extra: Partial<Booking> = {},
  ): Booking => ({
    activityId,
    startsAt: `2026-09-01T${start}:00Z`,
    endsAt: `2026-09-01T${end}:00Z`,
    placeIds: ['salle-101'],
    personIds: [],
    equipmentIds: [],
    ...extra,
  });

  it('sees a place, a person or an instrument held twice at the same time, and only then', () => {
    const candidate = booking('piano', '16:00', '18:00', {
      personIds: ['mme-roux'],
      equipmentIds: ['steinway-1'],
    });
    const conflicts = conflictsOf(candidate, [
      booking('solfege', '17:00', '19:00'),
      booking('orchestre', '15:00', '16:30', { placeIds: ['auditorium'], personIds: ['mme-roux'] }),
      booking('chant', '18:00', '19:00'),
      booking('jazz', '16:00', '17:00', { placeIds: ['studio'], equipmentIds: ['steinway-1'] }),
    ]);
    expect(
      conflicts.map(({ activityId, resource, from, to }) => [
        activityId,
        resource.kind,
        resource.id,
        from,
        to,
      ]),
    ).toEqual([
      ['solfege', 'place', 'salle-101', '2026-09-01T17:00:00Z', '2026-09-01T18:00:00Z'],
      ['orchestre', 'person', 'mme-roux', '2026-09-01T16:00:00Z', '2026-09-01T16:30:00Z'],
      ['jazz', 'equipment', 'steinway-1', '2026-09-01T16:00:00Z', '2026-09-01T17:00:00Z'],
    ]);
  });
});

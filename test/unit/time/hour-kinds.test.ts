import { describe, expect, it } from 'vitest';
import { hourKindsOf, plannedAndActual } from '#domain/time/hour-kinds';
import { spanMinutesOf } from '#domain/time/shift';
import { times, zone } from './paris-times';

describe('a worked span split into normal, night, Sunday and public holiday hours', () => {
  it('counts the half hour after 22:00 of a shift ending at 22:30 as night', () => {
    expect(hourKindsOf(times('2027-01-13', '14:00', '22:30', 30), zone)).toEqual({
      spanMinutes: 510,
      breakMinutes: 30,
      workedMinutes: 480,
      normal: 450,
      night: 30,
      sunday: 0,
      publicHoliday: 0,
    });
  });

  it('counts night up to 05:00, and what follows as day again', () => {
    const kinds = hourKindsOf(times('2027-01-13', '20:00', '07:00'), zone);
    expect(kinds).toMatchObject({ spanMinutes: 660, night: 420, normal: 240 });
  });

  it('takes an hour off the night of the last Sunday of March (a 23-hour day)', () => {
    const kinds = hourKindsOf(times('2027-03-27', '22:00', '06:00'), zone);
    // 22:00 → 06:00 is 7 real hours: the clock jumps from 02:00 to 03:00.
    expect(kinds).toMatchObject({ spanMinutes: 420, workedMinutes: 420, night: 360, sunday: 300, normal: 0 });
    expect(spanMinutesOf(times('2027-03-28', '00:00', '00:00'))).toBe(23 * 60);
  });

  it('adds an hour to the night of the last Sunday of October (a 25-hour day)', () => {
    const kinds = hourKindsOf(times('2027-10-30', '22:00', '06:00'), zone);
    expect(kinds).toMatchObject({ spanMinutes: 540, night: 480, sunday: 420, normal: 0 });
    expect(spanMinutesOf(times('2027-10-31', '00:00', '00:00'))).toBe(25 * 60);
  });

  it('counts 14 July as a public holiday, from its midnight', () => {
    expect(hourKindsOf(times('2027-07-14', '09:00', '18:00', 60), zone)).toMatchObject({
      workedMinutes: 480,
      publicHoliday: 540,
      sunday: 0,
      normal: 0,
    });
    // The eve's evening is normal, then night; from midnight it is also the holiday.
    expect(hourKindsOf(times('2027-07-13', '20:00', '02:00'), zone)).toMatchObject({
      normal: 120,
      night: 240,
      publicHoliday: 120,
    });
  });

  it('counts a Sunday that is also a public holiday as both, each on its own', () => {
    // 14 July 2030 is a Sunday.
    expect(hourKindsOf(times('2030-07-14', '10:00', '12:00'), zone)).toMatchObject({
      sunday: 120,
      publicHoliday: 120,
      normal: 0,
    });
  });

  it('follows the rulebook’s night when it is another', () => {
    const kinds = hourKindsOf(times('2027-01-13', '20:00', '23:00'), zone, { from: '21:00', to: '06:00' });
    expect(kinds).toMatchObject({ night: 120, normal: 60 });
  });

  it('puts planned and actual hours side by side', () => {
    const { planned, actual, differenceMinutes } = plannedAndActual(
      { planned: times('2027-01-15', '18:00', '22:00'), actual: times('2027-01-15', '18:00', '23:15', 15) },
      zone,
    );
    expect(planned).toMatchObject({ workedMinutes: 240, night: 0 });
    expect(actual).toMatchObject({ workedMinutes: 300, night: 75, normal: 225 });
    expect(differenceMinutes).toBe(60);
    expect(plannedAndActual({ planned: times('2027-01-15', '18:00', '22:00') }, zone)).not.toHaveProperty(
      'actual',
    );
  });
});

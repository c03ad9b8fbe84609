import { DateTime, Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  daysFrom,
  isoWeekNumber,
  mondayOf,
  plusDays,
  weekdayOf,
} from '#domain/shared/calendar/calendar-days';
import { instantOf } from '#domain/shared/calendar/zoned-instant';

/** Every day of two years, across leap days and year ends. */
const days = Array.from({ length: 731 }, (_, index) => plusDays('2026-01-01', index));

/** The planning counts days and zone times without a date library; luxon, which the sharing keeps, is the referee. */
describe('calendar days and local times, against luxon', () => {
  it('counts days, weekdays, Mondays and ISO week numbers as luxon does', () => {
    for (const day of days) {
      const reference = DateTime.fromISO(day, { zone: 'utc' });
      expect(weekdayOf(day)).toBe(reference.weekday);
      expect(mondayOf(day)).toBe(reference.startOf('week').toISODate());
      expect(isoWeekNumber(day)).toBe(reference.weekNumber);
      expect(plusDays(day, 40)).toBe(reference.plus({ days: 40 }).toISODate());
      expect(daysFrom('2026-01-01', day)).toBe(
        Math.round(reference.diff(DateTime.utc(2026, 1, 1), 'days').days),
      );
    }
  });

  it('turns local wall-clock times into UTC instants as luxon does, across summer time and in other zones', () => {
    const transitionDays = [
      '2026-03-29',
      '2026-10-25',
      '2027-03-28',
      '2027-10-31',
      '2026-03-08',
      '2026-11-01',
    ];
    const times = Array.from({ length: 96 }, (_, index) => {
      const minutes = index * 15;
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    });
    // Luxon reads a repeated autumn time by the offset of "now": a winter now makes it take the second one.
    const now = Settings.now;
    Settings.now = () => Date.UTC(2026, 11, 15);
    for (const zone of ['Europe/Paris', 'Indian/Reunion', 'America/New_York', 'Pacific/Noumea']) {
      for (const day of [...transitionDays, '2026-07-14', '2026-12-25']) {
        for (const time of times) {
          const reference = DateTime.fromISO(`${day}T${time}`, { zone })
            .toUTC()
            .toISO({ suppressMilliseconds: true });
          expect(`${zone} ${day} ${time} → ${instantOf(day, time, zone)}`).toBe(
            `${zone} ${day} ${time} → ${reference}`,
          );
        }
      }
    }
    Settings.now = now;
  });
});

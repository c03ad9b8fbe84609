import { describe, expect, it } from 'vitest';
import { todayIn } from '#web/src/shell/i18n/calendar-dates';

describe('today in a time zone', () => {
  it('is the day of the zone asked, each time, whichever zone was asked before', () => {
    // 23:30 in Paris on 6 December, still the afternoon in New York, already 7 December in Nouméa.
    const lateEvening = new Date('2026-12-06T22:30:00Z');
    for (let round = 0; round < 2; round += 1) {
      expect(todayIn('Europe/Paris', lateEvening)).toBe('2026-12-06');
      expect(todayIn('America/New_York', lateEvening)).toBe('2026-12-06');
      expect(todayIn('Pacific/Noumea', lateEvening)).toBe('2026-12-07');
    }
    expect(todayIn('Europe/Paris', new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
  });

  it('refuses a zone that does not exist', () => {
    expect(() => todayIn('Europe/Atlantis')).toThrow(RangeError);
    expect(() => todayIn('Europe/Atlantis')).toThrow(RangeError);
  });
});

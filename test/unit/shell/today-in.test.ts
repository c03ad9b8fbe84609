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

  it('turns at midnight in the zone, though asked again within the minute before and the same one', () => {
    const beforeMidnight = new Date('2026-12-06T22:59:59.900Z');
    const atMidnight = new Date('2026-12-06T23:00:00.000Z');
    expect(todayIn('Europe/Paris', beforeMidnight)).toBe('2026-12-06');
    expect(todayIn('Europe/Paris', new Date('2026-12-06T22:59:00.000Z'))).toBe('2026-12-06');
    expect(todayIn('Europe/Paris', atMidnight)).toBe('2026-12-07');
    expect(todayIn('Europe/Paris', new Date('2026-12-06T23:00:59.999Z'))).toBe('2026-12-07');
    expect(todayIn('Europe/Paris', beforeMidnight)).toBe('2026-12-06');
  });

  it('refuses a zone that does not exist', () => {
    expect(() => todayIn('Europe/Atlantis')).toThrow(RangeError);
    expect(() => todayIn('Europe/Atlantis')).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { decideDelivery } from '#domain/messaging/decide-delivery';
import { defaultPreferences, type NotificationPreferences } from '#domain/messaging/notification';
import { isQuiet, quietEndsAt } from '#domain/messaging/quiet-hours';

const paris = 'Europe/Paris';
const at = (instant: string) => new Date(instant);
const message = { kind: 'message', urgent: false } as const;

describe('quiet hours, in the school’s zone', () => {
  it.each([
    // Winter: Paris is UTC+1. Tuesday 8 December 2026.
    ['2026-12-08T18:59:00Z', false, '19:59 on a Tuesday'],
    ['2026-12-08T19:00:00Z', true, '20:00 on a Tuesday'],
    ['2026-12-09T05:59:00Z', true, '06:59 on a Wednesday'],
    ['2026-12-09T06:00:00Z', false, '07:00 on a Wednesday'],
    // Summer: Paris is UTC+2. Tuesday 9 June 2026.
    ['2026-06-09T17:59:00Z', false, '19:59 in June'],
    ['2026-06-09T18:00:00Z', true, '20:00 in June'],
    ['2026-06-10T05:00:00Z', false, '07:00 in June'],
    // Weekends, all day.
    ['2026-12-12T10:00:00Z', true, 'Saturday 11:00'],
    ['2026-12-13T15:00:00Z', true, 'Sunday 16:00'],
  ])('%s is quiet: %s (%s)', (instant, quiet) => {
    expect(isQuiet(at(instant), paris, defaultPreferences)).toBe(quiet);
  });

  it('end at the next 07:00 of a weekday, Paris time, summer or winter', () => {
    // Tuesday 21:30 in winter → Wednesday 07:00 (06:00 UTC).
    expect(quietEndsAt(at('2026-12-08T20:30:00Z'), paris, defaultPreferences)).toBe(
      '2026-12-09T06:00:00.000Z',
    );
    // Wednesday 05:00 in summer → the same day's 07:00 (05:00 UTC).
    expect(quietEndsAt(at('2026-06-10T03:00:00Z'), paris, defaultPreferences)).toBe(
      '2026-06-10T05:00:00.000Z',
    );
    // Friday evening → Monday 07:00.
    expect(quietEndsAt(at('2026-12-11T20:00:00Z'), paris, defaultPreferences)).toBe(
      '2026-12-14T06:00:00.000Z',
    );
    // Not quiet: nothing to wait for.
    expect(quietEndsAt(at('2026-12-08T10:00:00Z'), paris, defaultPreferences)).toBeUndefined();
  });

  it('hold across the change to summer time: Saturday 28 March 2026 evening → Monday 30 March 07:00 CEST', () => {
    expect(quietEndsAt(at('2026-03-28T21:00:00Z'), paris, defaultPreferences)).toBe(
      '2026-03-30T05:00:00.000Z',
    );
  });

  it('hold across the change to winter time: Saturday 24 October 2026 → Monday 26 October 07:00 CET', () => {
    expect(quietEndsAt(at('2026-10-24T12:00:00Z'), paris, defaultPreferences)).toBe(
      '2026-10-26T06:00:00.000Z',
    );
  });

  it('are off for those who turn them off; weekends apart from evenings', () => {
    const evenings: NotificationPreferences = { ...defaultPreferences, quietHours: false };
    expect(isQuiet(at('2026-12-08T21:00:00Z'), paris, evenings)).toBe(false);
    expect(isQuiet(at('2026-12-12T10:00:00Z'), paris, evenings)).toBe(true);
    const none: NotificationPreferences = { ...defaultPreferences, quietHours: false, quietWeekends: false };
    expect(isQuiet(at('2026-12-12T10:00:00Z'), paris, none)).toBe(false);
  });
});

describe('how a notification leaves the portal', () => {
  it('goes at once in the day, is held in quiet hours, goes at once when urgent', () => {
    expect(decideDelivery(message, defaultPreferences, at('2026-12-08T09:00:00Z'), paris)).toEqual({
      way: 'send',
    });
    expect(decideDelivery(message, defaultPreferences, at('2026-12-08T21:00:00Z'), paris)).toEqual({
      way: 'hold',
      until: '2026-12-09T06:00:00.000Z',
    });
    expect(
      decideDelivery({ kind: 'course', urgent: true }, defaultPreferences, at('2026-12-08T21:00:00Z'), paris),
    ).toEqual({ way: 'send' });
  });

  it('follows the person’s choice for the kind: digest or nothing, whatever the hour', () => {
    const chosen: NotificationPreferences = {
      ...defaultPreferences,
      choices: { ...defaultPreferences.choices, message: 'digest', booking: 'none' },
    };
    expect(decideDelivery(message, chosen, at('2026-12-08T09:00:00Z'), paris)).toEqual({ way: 'digest' });
    expect(
      decideDelivery({ kind: 'booking', urgent: true }, chosen, at('2026-12-08T09:00:00Z'), paris),
    ).toEqual({
      way: 'none',
    });
    // The documents shared go to the digest unless one chooses otherwise.
    expect(
      decideDelivery(
        { kind: 'document', urgent: false },
        defaultPreferences,
        at('2026-12-08T09:00:00Z'),
        paris,
      ),
    ).toEqual({
      way: 'digest',
    });
  });
});

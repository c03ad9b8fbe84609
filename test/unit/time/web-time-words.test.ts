import { describe, expect, it } from 'vitest';
import { ApiError } from '#web/src/api';
import { routeOf } from '#web/src/routes';
import { failureReason } from '#web/src/shell/http/failure-reason';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { breachesOf, groundsOf } from '#web/src/time/time-api';
import {
  breachText,
  costLineOf,
  durationText,
  mondayOfRoute,
  shiftTimesOf,
  timesText,
  wallClockOf,
  zonedIso,
} from '#web/src/time/time-words';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');
/** Spaces as the page reads them: the no-break ones that keep « 7 h 30 » together are spaces to a reader. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
/** Money as the page reads it: the narrow no-break space before « € » is a space too. */
const plainMoney = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('durations as French people write them', () => {
  it.each([
    [450, '7 h 30'],
    [660, '11 h'],
    [570, '9 h 30'],
    [605, '10 h 05'],
    [45, '45 min'],
    [0, '0 min'],
  ])('%i minutes: « %s »', (minutes, text) => {
    expect(plain(durationText(french, minutes))).toBe(text);
  });

  it('keeps the number and its unit on one line', () => {
    expect(durationText(french, 450)).toBe('7\u00a0h\u00a030');
  });

  it('writes the minutes in English too', () => {
    expect(plain(durationText(english, 450))).toBe('7 h 30 min');
  });
});

describe('the school’s clock', () => {
  it('gives a day and a time with the offset of the zone then, winter and summer', () => {
    expect(zonedIso('2027-01-15', '09:00', 'Europe/Paris')).toBe('2027-01-15T09:00:00+01:00');
    expect(zonedIso('2027-07-15', '09:00', 'Europe/Paris')).toBe('2027-07-15T09:00:00+02:00');
    // The night of the spring change: 03:30 exists in summer time only.
    expect(zonedIso('2027-03-28', '03:30', 'Europe/Paris')).toBe('2027-03-28T03:30:00+02:00');
  });

  it('reads an instant back on the school’s clock, whatever offset it was written with', () => {
    expect(wallClockOf('2027-01-15T22:30:00Z', 'Europe/Paris')).toEqual({ day: '2027-01-15', time: '23:30' });
    expect(wallClockOf('2027-01-15T23:30:00Z', 'Europe/Paris')).toEqual({ day: '2027-01-16', time: '00:30' });
  });

  it('ends a shift the next day when its end is before its start', () => {
    expect(shiftTimesOf('2027-01-15', '20:00', '01:30', 30, 'Europe/Paris')).toEqual({
      startsAt: '2027-01-15T20:00:00+01:00',
      endsAt: '2027-01-16T01:30:00+01:00',
      breakMinutes: 30,
    });
  });

  it('says a shift’s times with its break', () => {
    const times = shiftTimesOf('2027-01-15', '13:30', '23:30', 30, 'Europe/Paris');
    expect(plain(timesText(french, times, 'Europe/Paris'))).toBe('13:30 – 23:30, pause de 30 min');
  });
});

describe('a broken rule in French', () => {
  it('names the rule, its limit and the figure', () => {
    const breach = { ruleId: 'daily-rest-min', limit: 660, actual: 570, unit: 'minutes' } as const;
    expect(plain(breachText(french, breach))).toBe(
      'Repos quotidien de 11 h non respecté : 9 h 30 entre deux journées',
    );
    expect(plain(breachText(english, breach))).toBe(
      'Daily rest of 11 h not kept: 9 h 30 min between two days',
    );
  });

  it('reads the breaches and their grounds from a refusal, whichever name the grounds have', () => {
    const refusal = new ApiError(409, 'refused', {
      code: 'shift_breaks_rule',
      details: {
        breaches: [
          {
            ruleId: 'daily-work-max',
            limit: 600,
            actual: 660,
            unit: 'minutes',
            exceptionGrounds: ['premiere'],
          },
        ],
      },
    });
    const [breach] = breachesOf(refusal);
    expect(breach && groundsOf(breach)).toEqual(['premiere']);
    expect(breachesOf(new ApiError(409, 'busy', { code: 'person_busy' }))).toEqual([]);
  });
});

describe('a refusal of hours worked, as « Mes heures » shows it', () => {
  /** The API's 400 for actual hours that start after now: its own code on `startsAt`. */
  const early = new ApiError(400, 'startsAt: must not be in the future', {
    code: 'invalid_input',
    field: 'startsAt',
    details: { errors: [{ field: 'startsAt', code: 'actual_hours_in_future' }] },
  });

  it('says the start is still to come, not that the end comes before it', () => {
    expect(failureReason(early, french)).toBe(
      'l’heure d’arrivée est encore à venir : saisissez vos heures une fois le service commencé',
    );
    expect(failureReason(early, english)).toBe(
      'the arrival time is still to come: enter your hours once the shift has begun',
    );
  });
});

describe('the pages’ addresses', () => {
  it('opens the week of the day asked, this week otherwise', () => {
    expect(routeOf('/temps', '?semaine=2027-01-14')).toEqual({ page: 'time-week', monday: '2027-01-14' });
    expect(routeOf('/mes-heures', '')).toEqual({ page: 'my-hours', monday: '' });
    expect(mondayOfRoute('2027-01-14', french)).toBe('2027-01-11');
    expect(mondayOfRoute('2027-02-30', french)).toBe(mondayOfRoute('', french));
  });
});

describe('a production’s cost in words', () => {
  it('prices hours at their rate, in euros as French people write them', () => {
    const line = costLineOf(french, { countedMinutes: 1500, costCents: 61_250, unpricedMinutes: 0 });
    expect(plain(line.hours)).toBe('25 h');
    expect(plainMoney(line.rate)).toBe('24,50 € de l’heure');
    expect(plainMoney(line.cost)).toBe('612,50 €');
    expect(line.unpriced).toBeUndefined();
  });

  it('says « sans tarif » when a contract has no rate, and how many hours a mixed total leaves out', () => {
    const none = costLineOf(french, { countedMinutes: 240, costCents: 0, unpricedMinutes: 240 });
    expect([none.rate, none.cost]).toEqual(['sans tarif', 'sans tarif']);
    const mixed = costLineOf(french, { countedMinutes: 1740, costCents: 61_250, unpricedMinutes: 240 });
    expect(plainMoney(mixed.cost)).toBe('612,50 €');
    expect(plain(mixed.unpriced ?? '')).toBe('dont 4 h sans tarif');
  });

  it('in English too', () => {
    const line = costLineOf(english, { countedMinutes: 1740, costCents: 61_250, unpricedMinutes: 240 });
    expect(line.cost).toBe('€612.50');
    expect(line.rate).toBe('€24.50 an hour');
    expect(plain(line.unpriced ?? '')).toBe('of which 4 h without a rate');
    expect(costLineOf(english, { countedMinutes: 60, costCents: 0, unpricedMinutes: 60 }).cost).toBe(
      'no rate',
    );
  });
});

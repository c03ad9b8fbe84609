import { describe, expect, it } from 'vitest';
import { contractHoursOf, intermittentHoursOf } from '#domain/time/intermittent-hours';

describe('an intermittent’s hours, contract by contract', () => {
  it('counts a cachet alone as 12 h', () => {
    expect(
      contractHoursOf({
        contractId: 'c1',
        pay: 'cachets',
        from: '2027-03-20',
        until: '2027-03-20',
        cachetDays: ['2027-03-20'],
      }),
    ).toEqual({ contractId: 'c1', counting: 'cachets-alone', cachets: 1, minutes: 720 });
  });

  it('counts cachets of a contract shorter than five days as alone, 12 h each', () => {
    const days = ['2027-03-18', '2027-03-19', '2027-03-20'];
    expect(
      contractHoursOf({
        contractId: 'c2',
        pay: 'cachets',
        from: days[0] as string,
        until: '2027-03-21',
        cachetDays: days,
      }),
    ).toMatchObject({
      counting: 'cachets-alone',
      cachets: 3,
      minutes: 36 * 60,
    });
  });

  it('counts grouped cachets (a contract of five days or more) as 8 h a day', () => {
    const days = ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19'];
    expect(
      contractHoursOf({
        contractId: 'c3',
        pay: 'cachets',
        from: '2027-03-15',
        until: '2027-03-19',
        cachetDays: days,
      }),
    ).toMatchObject({ counting: 'cachets-grouped', cachets: 5, minutes: 40 * 60 });
  });

  it('counts a day’s cachet once, and hours as they were worked, and adds the contracts up', () => {
    const { contracts, totalMinutes } = intermittentHoursOf([
      {
        contractId: 'c4',
        pay: 'cachets',
        from: '2027-04-02',
        until: '2027-04-02',
        cachetDays: ['2027-04-02', '2027-04-02'],
      },
      { contractId: 'c5', pay: 'hours', workedMinutes: 7 * 60 + 30 },
    ]);
    expect(contracts.map(({ minutes }) => minutes)).toEqual([720, 450]);
    expect(totalMinutes).toBe(1170);
  });

  it('follows the rulebook’s figures when they change', () => {
    const everyCachet12h = {
      aloneMinutes: 720,
      groupedMinutesPerDay: 720,
      groupedFromDays: 5,
      source: { text: '', article: '' },
    };
    const days = ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19'];
    expect(
      contractHoursOf(
        { contractId: 'c6', pay: 'cachets', from: '2027-03-15', until: '2027-03-19', cachetDays: days },
        everyCachet12h,
      ).minutes,
    ).toBe(60 * 60);
  });
});

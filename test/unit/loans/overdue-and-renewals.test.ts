import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import { elisionOfKind, genderOfKind, withArticle } from '#domain/loans/instrument-words';
import type { Loan, LoanReminder } from '#domain/loans/loan';
import { BorrowerOverdueError } from '#domain/loans/loans-errors';
import type {
  CampaignPorts,
  OverduePorts,
  RenewalCampaign,
  RenewalCampaignStore,
} from '#domain/loans/loans-ports';
import {
  assertNotBlocked,
  isBlockedBorrower,
  isMinor,
  reminderStepDue,
  remindOverdueLoans,
} from '#domain/loans/remind-overdue-loans';
import { openRenewalCampaign } from '#domain/loans/renewal-campaign';
import type { NotificationDraft } from '#domain/messaging/notification';
import { wordsOf } from '#domain/messaging/notification-words';
import type { Person } from '#domain/people/person';
import { heldDaysByMonth } from '#functions/loans/adapters/dynamo-loan-campaign';

const loan = (fields: Partial<Loan> = {}): Loan => ({
  loanId: 'loan-1',
  borrowerId: 'pupil',
  requestedBy: 'pupil',
  itemId: 'cello',
  startDate: '2025-09-01',
  endDate: '2026-06-30',
  bufferDays: 2,
  status: 'out',
  kind: 'free',
  reminders: [],
  version: 1,
  createdAt: '2025-08-20T10:00:00Z',
  updatedAt: '2025-08-20T10:00:00Z',
  ...fields,
});

const pupil: Person = {
  personId: 'pupil',
  firstName: 'Lina',
  lastName: 'Roux',
  profiles: ['student'],
  birthDate: '2012-03-04',
  version: 1,
};
const teacher: Person = {
  personId: 'teacher',
  firstName: 'Marc',
  lastName: 'Nys',
  profiles: ['teacher'],
  version: 1,
};

describe('the steps of an overdue loan', () => {
  it('tells the borrower the day after the end date, a minor’s guardians at 7 days, staff at 14', () => {
    expect(reminderStepDue(loan(), '2026-06-30', true)).toBeUndefined();
    expect(reminderStepDue(loan(), '2026-07-01', true)).toBe(1);
    expect(reminderStepDue(loan({ reminders: [{ step: 1, at: 'x' }] }), '2026-07-06', true)).toBeUndefined();
    expect(reminderStepDue(loan({ reminders: [{ step: 1, at: 'x' }] }), '2026-07-07', true)).toBe(2);
    expect(reminderStepDue(loan({ reminders: [{ step: 2, at: 'x' }] }), '2026-07-13', true)).toBeUndefined();
    expect(reminderStepDue(loan({ reminders: [{ step: 2, at: 'x' }] }), '2026-07-14', true)).toBe(3);
    expect(reminderStepDue(loan({ reminders: [{ step: 3, at: 'x' }] }), '2026-09-01', true)).toBeUndefined();
  });

  it('skips the guardians of an adult borrower, and sends only the latest step after missed days', () => {
    expect(reminderStepDue(loan({ reminders: [{ step: 1, at: 'x' }] }), '2026-07-10', false)).toBeUndefined();
    expect(reminderStepDue(loan({ reminders: [{ step: 1, at: 'x' }] }), '2026-07-14', false)).toBe(3);
    expect(reminderStepDue(loan(), '2026-07-20', true)).toBe(3);
    expect(reminderStepDue(loan({ status: 'returned' }), '2026-07-20', true)).toBeUndefined();
  });

  it('takes a pupil under 18, or of unknown age, for a minor; a teacher or a pupil of 18 for an adult', () => {
    expect(isMinor(pupil, '2026-12-07')).toBe(true);
    expect(isMinor({ ...pupil, birthDate: undefined }, '2026-12-07')).toBe(true);
    expect(isMinor({ ...pupil, birthDate: '2008-12-07' }, '2026-12-07')).toBe(false);
    expect(isMinor({ ...pupil, birthDate: '2008-12-08' }, '2026-12-07')).toBe(true);
    expect(isMinor(teacher, '2026-12-07')).toBe(false);
  });

  it('blocks a borrower with a loan out past its end date, and refuses them with borrower_overdue', async () => {
    expect(isBlockedBorrower([loan()], '2026-06-30')).toBe(false);
    expect(isBlockedBorrower([loan()], '2026-07-01')).toBe(true);
    expect(isBlockedBorrower([loan({ status: 'returned' })], '2026-07-01')).toBe(false);
    const ports = {
      borrowers: { loansOf: async () => [loan()] },
      clock: { now: () => new Date('2026-07-01T08:00:00Z') },
      school: { timeZone: 'Europe/Paris' },
    };
    const refused = await assertNotBlocked(ports, 'pupil').catch((error) => error);
    expect(refused).toBeInstanceOf(BorrowerOverdueError);
    expect(refused.code).toBe('borrower_overdue');
    await expect(
      assertNotBlocked({ ...ports, clock: { now: () => new Date('2026-06-30T20:00:00Z') } }, 'pupil'),
    ).resolves.toBeUndefined();
  });
});

describe('the words of a reminder', () => {
  it('agrees and elides the article with the instrument', () => {
    expect(withArticle('Violoncelle 4/4')).toBe('Le violoncelle 4/4');
    expect(withArticle('Flûte traversière')).toBe('La flûte traversière');
    expect(withArticle('Alto 38 cm')).toBe('L’alto 38 cm');
    expect(withArticle('harmonium')).toBe('L’harmonium');
    expect(genderOfKind('Clarinette en si bémol')).toBe('feminine');
    expect(elisionOfKind('Hautbois')).toBe('vowel');
  });

  it('says « Le violoncelle 4/4 prêté jusqu’au … est à rendre », and how late to staff', () => {
    const base = {
      instrument: 'violoncelle 4/4',
      gender: 'masculine',
      elision: 'consonant',
      date: '2026-06-30',
    };
    expect(wordsOf({ subject: 'loan-overdue', params: { ...base, days: '1', step: '1' } }).line).toBe(
      'Le violoncelle 4/4 prêté jusqu’au mardi 30 juin est à rendre.',
    );
    expect(
      wordsOf({
        subject: 'loan-overdue',
        params: { ...base, gender: 'feminine', instrument: 'flûte', days: '7', step: '2' },
      }).line,
    ).toBe('La flûte prêtée jusqu’au mardi 30 juin est à rendre (7 jours de retard).');
    expect(
      wordsOf({ subject: 'loan-overdue', params: { ...base, days: '14', step: '3', number: 'P2026-0001' } })
        .line,
    ).toBe(
      'Le violoncelle 4/4 n° P2026-0001 prêté jusqu’au mardi 30 juin n’est pas rendu (14 jours de retard).',
    );
  });
});

/** The reminders' ports in memory: the claim holds as the table's condition does. */
const overduePorts = (loans: Loan[], now: () => Date) => {
  const notified: NotificationDraft[] = [];
  const ports: OverduePorts = {
    overdue: {
      outEndedBefore: async (today) => loans.filter((each) => each.status === 'out' && each.endDate < today),
      claimReminder: async (claimed, reminder: LoanReminder) => {
        const stored = loans.find((each) => each.loanId === claimed.loanId) as Loan;
        if (Math.max(0, ...stored.reminders.map((sent) => sent.step)) >= reminder.step) return false;
        stored.reminders = [...stored.reminders, reminder];
        return true;
      },
      releaseReminder: async () => undefined,
      keeperIds: async () => ['staff-1', 'staff-2'],
    },
    borrowers: { loansOf: async (id) => loans.filter((each) => each.borrowerId === id) },
    items: { item: async () => ({ kind: 'Violoncelle 4/4' }) as never },
    directory: {
      person: async (id: string) => [pupil, teacher].find((each) => each.personId === id),
      people: async (ids: readonly string[]) =>
        [pupil, teacher].filter((each) => ids.includes(each.personId)),
      guardiansOf: async () => ['mother', 'father'],
    } as unknown as OverduePorts['directory'],
    notify: async (draft) => {
      notified.push(draft);
    },
    clock: { now },
    school: { timeZone: 'Europe/Paris' },
  };
  return { ports, notified };
};

describe('the daily run', () => {
  it('tells each step once, however often it runs, and the right people', async () => {
    let now = new Date('2026-07-01T06:00:00Z');
    const loans = [loan(), loan({ loanId: 'loan-2', borrowerId: 'teacher' })];
    const { ports, notified } = overduePorts(loans, () => now);
    await remindOverdueLoans(ports);
    await remindOverdueLoans(ports);
    expect(notified.map((draft) => [draft.notificationId, draft.recipientIds])).toEqual([
      ['loan-overdue#loan-1#1', ['pupil']],
      ['loan-overdue#loan-2#1', ['teacher']],
    ]);
    now = new Date('2026-07-07T06:00:00Z');
    await remindOverdueLoans(ports);
    now = new Date('2026-07-14T06:00:00Z');
    await remindOverdueLoans(ports);
    await remindOverdueLoans(ports);
    expect(notified.slice(2).map((draft) => [draft.notificationId, draft.recipientIds])).toEqual([
      ['loan-overdue#loan-1#2', ['mother', 'father']],
      ['loan-overdue#loan-1#3', ['staff-1', 'staff-2']],
      ['loan-overdue#loan-2#3', ['staff-1', 'staff-2']],
    ]);
    // Never the borrower's name: the instrument, its end date, how late.
    expect(JSON.stringify(notified)).not.toMatch(/Lina|Roux|Marc|Nys/);
    expect(notified[2]?.params).toMatchObject({ instrument: 'violoncelle 4/4', days: '7', step: '2' });
  });
});

describe('the renewal campaign', () => {
  const staff: Actor = {
    personId: 'staff-1',
    username: 's',
    firstName: 'S',
    lastName: 'T',
    profiles: ['staff'],
  };

  const campaignPorts = (loans: Loan[], calendar?: { start: string; end: string }) => {
    const campaigns = new Map<string, RenewalCampaign>();
    const guards = new Set<string>();
    const store: RenewalCampaignStore = {
      currentLoans: async () => loans.filter((each) => each.status === 'out' || each.status === 'signed'),
      campaign: async (year) => campaigns.get(year),
      openCampaign: async (campaign) => {
        if (!campaigns.has(campaign.schoolYear)) campaigns.set(campaign.schoolYear, campaign);
      },
      addRenewal: async (year, renewal) => {
        const guard = `${year}#${renewal.renews}`;
        if (guards.has(guard)) return false;
        guards.add(guard);
        loans.push(renewal);
        return true;
      },
      renewals: async () => loans.filter((each) => each.renews),
      loan: async (id) => loans.find((each) => each.loanId === id),
      update: async () => true,
    };
    let next = 0;
    const ports: CampaignPorts = {
      campaigns: store,
      holdRenewal: async () => 'approved',
      borrowers: { loansOf: async (id) => loans.filter((each) => each.borrowerId === id) },
      items: { item: async () => undefined },
      calendars: {
        get: async (year: string) =>
          calendar && {
            schoolYear: year,
            ...calendar,
            openWeekdays: [1, 2, 3, 4, 5],
            holidays: [],
            closedDays: [],
            frenchPublicHolidays: true,
          },
      } as unknown as CampaignPorts['calendars'],
      directory: {
        people: async (ids: readonly string[]) =>
          [pupil, teacher].filter((each) => ids.includes(each.personId)),
        isGuardianOf: async () => false,
      } as unknown as CampaignPorts['directory'],
      clock: { now: () => new Date('2027-05-15T10:00:00Z') },
      newId: () => `renewal-${++next}`,
      school: { timeZone: 'Europe/Paris' },
    };
    return { ports, loans };
  };

  it('renews each running loan once, over the next year’s dates from the school calendar', async () => {
    const { ports, loans } = campaignPorts(
      [
        loan({ endDate: '2027-06-30' }),
        loan({ loanId: 'signed', borrowerId: 'teacher', status: 'signed', endDate: '2027-07-04' }),
        loan({ loanId: 'back', status: 'returned', endDate: '2027-06-30' }),
      ],
      { start: '2027-09-02', end: '2028-07-03' },
    );
    const first = await openRenewalCampaign({ schoolYear: '2027-2028' }, staff, ports);
    const again = await openRenewalCampaign({ schoolYear: '2027-2028' }, staff, ports);
    expect(first).toMatchObject({ created: 2, campaign: { startDate: '2027-09-02', endDate: '2028-07-03' } });
    expect(again.created).toBe(0);
    const renewals = loans.filter((each) => each.renews);
    expect(
      renewals.map((each) => [each.renews, each.status, each.startDate, each.endDate, each.itemId]),
    ).toEqual([
      ['loan-1', 'requested', '2027-09-02', '2028-07-03', 'cello'],
      ['signed', 'requested', '2027-09-02', '2028-07-03', 'cello'],
    ]);
  });

  it('takes the default calendar of a year the school has not saved, and leaves out an overdue borrower', async () => {
    const { ports } = campaignPorts([loan({ endDate: '2027-05-01' })]);
    const opened = await openRenewalCampaign({ schoolYear: '2027-2028' }, staff, ports);
    expect(opened).toMatchObject({
      created: 0,
      skipped: 1,
      campaign: { startDate: '2027-09-01', endDate: '2028-07-04' },
    });
  });

  it('holds a renewal over its span and buffer days, month by month', () => {
    const months = heldDaysByMonth({ startDate: '2027-09-02', endDate: '2027-10-01', bufferDays: 2 });
    expect([...months.keys()]).toEqual(['2027-08', '2027-09', '2027-10']);
    expect(months.get('2027-08')).toEqual(['31']);
    expect(months.get('2027-09')).toHaveLength(30);
    expect(months.get('2027-10')).toEqual(['01', '02', '03']);
  });
});

describe('an instrument family’s availability calendar', () => {
  it('has one all-day event per loan holding an item, naming nobody', async () => {
    const { familyAvailabilityIcs } = await import('#domain/loans/family-availability-ics');
    const span = { loanId: 'loan-1', status: 'out' as const, startDate: '2025-09-01', endDate: '2026-06-30' };
    const ics = familyAvailabilityIcs({
      calendarName: 'Cordes — Conservatoire',
      uidDomain: 'demo.preau',
      spans: [
        { ...span, kind: 'Violoncelle 4/4', serialNumber: 'GL-2019-0042' },
        { ...span, loanId: 'loan-2', status: 'approved', startDate: '2026-09-01', kind: 'Alto 38' },
        { ...span, loanId: 'loan-3', status: 'returned', kind: 'Violon 3/4' },
      ],
      generatedAt: '2026-12-07T08:00:00Z',
    });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:loan-loan-1@demo.preau');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250901');
    expect(ics).toContain('DTEND;VALUE=DATE:20260701');
    expect(ics).toContain('SUMMARY:Violoncelle 4/4 n° GL-2019-0042 — en prêt');
    expect(ics).toContain('SUMMARY:Alto 38 — réservé');
    expect(ics).not.toMatch(/pupil|Lina|Roux/);
  });

  it('reads this month and the five next, across the new year', async () => {
    const { monthsFrom } = await import('#domain/loans/family-availability-ics');
    expect(monthsFrom('2026-12-07', 6)).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
    ]);
  });
});

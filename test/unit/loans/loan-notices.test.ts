import { describe, expect, it } from 'vitest';
import type { Loan } from '#domain/loans/loan';
import { decisionDraft, type LoanNoticePorts, tellLoanDecision } from '#domain/loans/loan-notices';
import type { NotificationDraft } from '#domain/messaging/notification';
import { wordsOf } from '#domain/messaging/notification-words';
import type { Person } from '#domain/people/person';
import type { FeedItem } from '#web/src/messaging/notification-types';
import { notificationText } from '#web/src/messaging/notification-words';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

const loan = (fields: Partial<Loan> = {}): Loan =>
  ({
    loanId: 'loan-1',
    number: 'P2026-0007',
    borrowerId: 'pupil',
    requestedBy: 'pupil',
    itemId: 'cello-1',
    itemKind: 'Violoncelle 4/4',
    status: 'approved',
    startDate: '2027-01-04',
    endDate: '2027-06-30',
    version: 2,
    ...fields,
  }) as Loan;

const shown = (draft: NotificationDraft, format = french) =>
  notificationText({ ...draft, unread: true } as FeedItem, format);

describe('the notice of a loan’s decision', () => {
  it('says the instrument, agreed and elided, the dates, the number, in French and English', () => {
    const granted = decisionDraft(loan(), 'event-1', '2026-12-07T10:00:00Z', ['pupil']);
    expect(granted).toMatchObject({
      notificationId: 'loan-decided#event-1',
      kind: 'loan',
      subject: 'loan-decided',
      link: '/prets/loan-1',
    });
    expect(shown(granted)).toBe(
      'Le violoncelle 4/4 est accordé du lundi 4 janvier au mercredi 30 juin (prêt n° P2026-0007) : le contrat est à signer',
    );
    expect(wordsOf(granted).line).toBe(
      'Le violoncelle 4/4 est accordé du lundi 4 janvier au mercredi 30 juin (prêt n° P2026-0007) : le contrat est à signer dans Préau.',
    );
    expect(shown(granted, english)).toContain('The violoncelle 4/4 is granted from Monday 4 January');

    const flute = decisionDraft(
      loan({ itemKind: 'Flûte traversière', status: 'waitlisted', number: undefined }),
      'event-2',
      '2026-12-07T10:00:00Z',
      ['pupil'],
    );
    expect(flute.link).toBe('/mes-prets');
    expect(shown(flute)).toBe(
      'La flûte traversière demandée du lundi 4 janvier au mercredi 30 juin est en liste d’attente',
    );

    const refused = decisionDraft(
      loan({
        itemKind: 'Alto 38',
        status: 'refused',
        number: undefined,
        decision: { by: 'staff', at: '2026-12-07T10:00:00Z', reason: 'Plus d’alto de cette taille' },
      }),
      'event-3',
      '2026-12-07T10:00:00Z',
      ['pupil'],
    );
    expect(shown(refused)).toBe(
      'L’alto 38 demandé du lundi 4 janvier au mercredi 30 juin n’est pas accordé : « Plus d’alto de cette taille »',
    );
    expect(wordsOf(refused).title).toBe('Prêt refusé : alto 38');
    expect(JSON.stringify([granted, flute, refused].map((draft) => draft.params))).not.toContain('pupil');
  });

  const portsWith = (borrower: Partial<Person>, stored: Loan) => {
    const sent: NotificationDraft[] = [];
    const ports: LoanNoticePorts = {
      loans: { loan: async (id) => (id === stored.loanId ? stored : undefined) },
      directory: {
        person: async () => ({ personId: 'pupil', profiles: ['student'], ...borrower }) as Person,
        guardiansOf: async () => ['mother', 'father'],
      },
      notify: async (draft) => sent.push(draft),
      clock: { now: () => new Date('2026-12-07T10:00:00Z') },
      school: { timeZone: 'Europe/Paris' },
    };
    return { ports, sent };
  };
  const event = { eventId: 'event-1', occurredAt: '2026-12-07T10:00:00Z' };
  const decided = (status: string) => ({
    loanId: 'loan-1',
    borrowerId: 'pupil',
    status,
    startDate: '2027-01-04',
    endDate: '2027-06-30',
  });

  it('tells a minor and their guardians, an adult alone, and nobody of a cancellation', async () => {
    const minor = portsWith({ birthDate: '2014-03-02' }, loan());
    await tellLoanDecision(decided('approved'), event, minor.ports);
    expect(minor.sent.map((draft) => draft.recipientIds)).toEqual([['pupil', 'mother', 'father']]);

    const adult = portsWith({ birthDate: '2000-03-02' }, loan());
    await tellLoanDecision(decided('refused'), event, adult.ports);
    expect(adult.sent.map((draft) => [draft.recipientIds, draft.params.status])).toEqual([
      [['pupil'], 'refused'],
    ]);

    const cancelled = portsWith({ birthDate: '2014-03-02' }, loan({ status: 'cancelled' }));
    await tellLoanDecision(decided('cancelled'), event, cancelled.ports);
    expect(cancelled.sent).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { absenceDrafts, decisionDraft } from '#domain/attendance/absence-notifications';
import type { AbsencePorts } from '#domain/attendance/absences-ports';
import type { Justification } from '#domain/attendance/justification';
import { preferencesInputSchema } from '#domain/messaging/notification';
import type { Person } from '#domain/people/person';

const pupil = (personId: string, firstName: string): Person => ({
  personId,
  firstName,
  lastName: 'Martin',
  profiles: ['student'],
  version: 1,
});
const people = [
  pupil('lea', 'Léa'),
  pupil('tom', 'Tom'),
  { ...pupil('left', 'Ana'), status: 'retired' as const },
];
const guardians: Record<string, string[]> = { lea: ['mother', 'father'], tom: ['mother'], left: ['aunt'] };
const ports = {
  directory: {
    people: async (ids: readonly string[]) => people.filter((person) => ids.includes(person.personId)),
    person: async (id: string) => people.find((person) => person.personId === id),
    guardiansOf: async (id: string) => guardians[id] ?? [],
  },
  school: { schoolId: 'demo', timeZone: 'Europe/Paris' },
} as unknown as Pick<AbsencePorts, 'directory' | 'school'>;
const facts = { eventId: 'event-1', occurredAt: '2026-12-07T09:00:00.000Z' };
const session = { startsAt: '2026-12-07T07:00:00Z', pupilIds: ['lea', 'tom', 'left'] };

describe('what an absence tells the guardians', () => {
  it('tells each pupil’s guardians of that pupil only, once per event and pupil, on the school’s clock', async () => {
    const drafts = await absenceDrafts(facts, { ...session, kind: 'absent' }, 'recorded', ports);
    expect(drafts.map((draft) => [draft.notificationId, draft.params.firstName, draft.recipientIds])).toEqual(
      [
        ['event-1.lea', 'Léa', ['mother', 'father']],
        ['event-1.tom', 'Tom', ['mother']],
      ],
    );
    expect(drafts[0]).toMatchObject({
      kind: 'absence',
      subject: 'absence-recorded',
      params: { date: '2026-12-07', start: '08:00' },
      link: '/absences/lea',
      urgent: true,
    });
  });

  it('words a lateness and a correction apart, neither urgent', async () => {
    const [late] = await absenceDrafts(facts, { ...session, kind: 'late' }, 'recorded', ports);
    const [corrected] = await absenceDrafts(facts, { ...session, kind: 'absent' }, 'cancelled', ports);
    expect(late).toMatchObject({ subject: 'late-recorded', urgent: false });
    expect(corrected).toMatchObject({ subject: 'absence-cancelled', urgent: false });
  });

  it('tells whoever declared a reason of the decision, unless they decided it', async () => {
    const justification: Justification = {
      justificationId: '2026-12-07.j1',
      pupilId: 'lea',
      from: { date: '2026-12-07', half: 'am' },
      to: { date: '2026-12-07', half: 'pm' },
      reason: 'illness',
      note: 'Fièvre',
      state: 'accepted',
      declaredBy: 'mother',
      declaredAt: '2026-12-07T10:00:00.000Z',
      decidedBy: 'staff',
      answer: 'Bon rétablissement.',
      version: 2,
    };
    expect(await decisionDraft(facts, justification, ports)).toMatchObject({
      subject: 'justification-accepted',
      recipientIds: ['mother'],
      params: { firstName: 'Léa', answer: 'Bon rétablissement.' },
    });
    expect(await decisionDraft(facts, { ...justification, declaredBy: 'staff' }, ports)).toBeUndefined();
  });

  it('keeps the choices a page of before sends valid, absences at once by default', () => {
    const choices = {
      message: 'immediately',
      liaison: 'none',
      course: 'digest',
      booking: 'none',
      request: 'none',
    };
    const parsed = preferencesInputSchema.parse({
      choices: { ...choices, document: 'digest' },
      quietHours: true,
      quietWeekends: false,
    });
    expect(parsed.choices.absence).toBe('immediately');
  });
});

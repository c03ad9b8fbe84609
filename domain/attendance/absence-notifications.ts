import type { NotificationDraft } from '#domain/messaging/notification';
import { isRetired } from '#domain/people/person';
import type { AbsencePorts } from './absences-ports';
import { wallClockAt } from './half-days';
import type { Justification } from './justification';

interface EventFacts {
  eventId: string;
  occurredAt: string;
}

interface SessionData {
  startsAt: string;
  pupilIds: readonly string[];
  kind: 'absent' | 'late';
}

const pupilsPage = (pupilId: string) => `/absences/${encodeURIComponent(pupilId)}`;

/**
 * What an absence (or its correction) tells each pupil's guardians: one notification per pupil, naming that pupil
 * only, addressed to that pupil's guardians (a guardian of two absent children gets two). An absence is said at
 * once even in quiet hours: a child not in class may be missing; a lateness or a correction waits like the rest.
 */
export const absenceDrafts = async (
  facts: EventFacts,
  data: SessionData,
  change: 'recorded' | 'cancelled',
  ports: Pick<AbsencePorts, 'directory' | 'school'>,
): Promise<NotificationDraft[]> => {
  const { date, time } = wallClockAt(data.startsAt, ports.school.timeZone);
  const pupils = (await ports.directory.people(data.pupilIds)).filter(
    (pupil) => pupil.profiles.includes('student') && !isRetired(pupil),
  );
  const subject =
    change === 'cancelled'
      ? 'absence-cancelled'
      : data.kind === 'late'
        ? 'late-recorded'
        : 'absence-recorded';
  return Promise.all(
    pupils.map(async (pupil) => ({
      // Once per event and pupil: a guardian of two children absent from one course is told of each.
      notificationId: `${facts.eventId}.${pupil.personId}`,
      occurredAt: facts.occurredAt,
      kind: 'absence' as const,
      subject,
      params: { firstName: pupil.firstName, date, start: time },
      link: pupilsPage(pupil.personId),
      urgent: change === 'recorded' && data.kind === 'absent',
      recipientIds: await ports.directory.guardiansOf(pupil.personId),
    })),
  );
};

/** Staff's decision told to whoever declared the reason, unless they decided it themself. */
export const decisionDraft = async (
  facts: EventFacts,
  justification: Justification,
  ports: Pick<AbsencePorts, 'directory'>,
): Promise<NotificationDraft | undefined> => {
  if (justification.state === 'pending' || justification.decidedBy === justification.declaredBy)
    return undefined;
  const pupil = await ports.directory.person(justification.pupilId);
  if (!pupil) return undefined;
  return {
    notificationId: facts.eventId,
    occurredAt: facts.occurredAt,
    kind: 'absence',
    subject: justification.state === 'accepted' ? 'justification-accepted' : 'justification-refused',
    params: {
      firstName: pupil.firstName,
      from: justification.from.date,
      to: justification.to.date,
      ...(justification.answer && { answer: justification.answer }),
    },
    link: pupilsPage(pupil.personId),
    urgent: false,
    recipientIds: [justification.declaredBy],
  };
};

/** Vie scolaire told of a pupil newly flagged for four unjustified half-days in a month. */
export const flaggedDraft = async (
  facts: EventFacts,
  flag: { pupilId: string; month: string; count: number },
  ports: Pick<AbsencePorts, 'directory' | 'absences'>,
): Promise<NotificationDraft | undefined> => {
  const [pupil, staffIds] = await Promise.all([
    ports.directory.person(flag.pupilId),
    ports.absences.staffIds(),
  ]);
  if (!pupil) return undefined;
  return {
    notificationId: `${facts.eventId}.flag.${flag.pupilId}`,
    occurredAt: facts.occurredAt,
    kind: 'absence',
    subject: 'absences-flagged',
    params: {
      name: `${pupil.firstName} ${pupil.lastName}`,
      count: String(flag.count),
      month: flag.month,
    },
    link: '/vie-scolaire/absences',
    urgent: false,
    recipientIds: staffIds,
  };
};

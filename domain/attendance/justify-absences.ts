import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { isCalendarDate, plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { AccessDeniedError, NotFoundError, ValidationError } from '#domain/shared/errors';
import { absenceJustified } from '#events/attendance/attendance-events';
import { newEvent } from '#events/envelope';
import { countHalfDays } from './absence-counts';
import type { AbsencePorts } from './absences-ports';
import { halfDaysOf } from './half-days';
import {
  type DecisionInput,
  type Justification,
  type JustificationInput,
  maxSpanDays,
  spanOf,
  standingOf,
} from './justification';
import { type JustificationDocuments, takeJustificationDocument } from './justification-documents';

/** A period read at once: a school year. */
export const maxPeriodDays = 366;

const requirePupil = async (pupilId: string, ports: Pick<AbsencePorts, 'directory'>) => {
  const pupil = await ports.directory.person(pupilId);
  if (!pupil?.profiles.includes('student')) throw new NotFoundError('pupil', pupilId);
  return pupil;
};

/** A justification's id starts with the day its span starts, the key it is stored under: `2026-12-07.<uuid>`. */
const fromDateOf = (justificationId: string) => {
  const date = justificationId.slice(0, 10);
  return isCalendarDate(date) && justificationId[10] === '.' ? date : undefined;
};

export const periodOf = (span: { from?: string; to?: string }, today: string) => {
  const from = span.from ?? plusDays(today, -30);
  const to = span.to ?? today;
  if (to < from) throw new ValidationError('to', 'must not be before from', 'too_small');
  if (to > plusDays(from, maxPeriodDays))
    throw new ValidationError(
      'to',
      `must be at most ${maxPeriodDays} days after from`,
      'too_large',
      maxPeriodDays,
    );
  return { from, to };
};

/**
 * A guardian declares an absence ahead or justifies one (or staff do, on a family's word): the pupil's guardians;
 * to anyone else the pupil does not exist. It waits for staff's decision, and covers every absence of its span,
 * those recorded later included.
 */
export const declareJustification = async (
  pupilId: string,
  input: JustificationInput,
  actor: Actor,
  ports: AbsencePorts,
) => {
  await authorize(actor, 'attendance:justify', { kind: 'person', personId: pupilId }, ports.directory);
  await requirePupil(pupilId, ports);
  const { from, to } = spanOf(input);
  const document =
    input.documentId && ports.documents
      ? await takeJustificationDocument(input.documentId, actor.personId, ports.documents)
      : undefined;
  const justification: Justification = {
    justificationId: `${from.date}.${ports.newId()}`,
    pupilId,
    from,
    to,
    reason: input.reason,
    note: input.note,
    ...(document && { documentId: document.id, document }),
    state: 'pending',
    declaredBy: actor.personId,
    declaredAt: ports.clock.now().toISOString(),
    version: 1,
  };
  await ports.absences.declare(justification);
  return justification;
};

export const requireJustification = async (
  pupilId: string,
  justificationId: string,
  ports: Pick<AbsencePorts, 'absences'>,
) => {
  const found = fromDateOf(justificationId)
    ? await ports.absences.justification(pupilId, justificationId)
    : undefined;
  if (!found) throw new NotFoundError('justification', justificationId);
  return found;
};

/**
 * Staff accept or refuse a reason, with a word back:
 * 1. read the justification (404 if the pupil has none of that id);
 * 2. store the decision on condition that it is still pending at the version read (`already_decided` or
 *    `stale_version` otherwise: two staff deciding at once, one wins), with `AbsenceJustified` for the family.
 */
export const decideJustification = async (
  pupilId: string,
  justificationId: string,
  input: DecisionInput,
  actor: Actor,
  ports: AbsencePorts,
) => {
  await authorize(actor, 'attendance:decide', { kind: 'person', personId: pupilId }, ports.directory);
  const current = await requireJustification(pupilId, justificationId, ports);
  const now = ports.clock.now().toISOString();
  const decided: Justification = {
    ...current,
    state: input.decision,
    decidedBy: actor.personId,
    decidedAt: now,
    ...(input.answer && { answer: input.answer }),
    version: input.version + 1,
  };
  const event = newEvent(
    absenceJustified,
    {
      justificationId,
      pupilId,
      from: current.from,
      to: current.to,
      state: input.decision,
      declaredBy: current.declaredBy,
      decidedBy: actor.personId,
    },
    { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: now },
  );
  await ports.absences.decide(decided, input.version, [event]);
  return decided;
};

/**
 * A pupil's absences over a period (the last 30 days unless said), each with where it stands, the justifications
 * that meet the period, and the count in half-days: one query. The pupil, their guardians and teachers, staff.
 */
export const readPupilAbsences = async (
  pupilId: string,
  span: { from?: string; to?: string },
  actor: Actor,
  ports: AbsencePorts,
) => {
  await authorize(actor, 'attendance:read-absences', { kind: 'person', personId: pupilId }, ports.directory);
  const pupil = await requirePupil(pupilId, ports);
  const { timeZone } = ports.school;
  const { from, to } = periodOf(span, todayInZone(ports.clock.now(), timeZone));
  const [{ absences, justifications }, seesWords] = await Promise.all([
    ports.absences.periodOf(pupilId, from, to),
    readsFamilyWords(pupilId, actor, ports),
  ]);
  return {
    pupil: { personId: pupil.personId, firstName: pupil.firstName, lastName: pupil.lastName },
    from,
    to,
    count: countHalfDays(absences, justifications, timeZone),
    absences: absences.map((absence) => ({
      activityId: absence.activityId,
      seriesDate: absence.seriesDate,
      title: absence.title,
      date: absence.date,
      start: absence.start,
      end: absence.end,
      kind: absence.kind,
      ...(absence.minutes !== undefined && { minutes: absence.minutes }),
      standing:
        absence.kind === 'late'
          ? 'late'
          : worstStanding(halfDaysOf(absence, timeZone).map((half) => standingOf(half, justifications))),
    })),
    // A teacher reads where each reason stands, not what the family wrote or was answered.
    justifications: seesWords
      ? justifications
      : justifications.map(
          ({ note: _note, documentId: _documentId, document: _document, answer: _answer, ...rest }) => ({
            ...rest,
            note: '',
          }),
        ),
  };
};

/** Who reads a family's words (the note, the document, the answer): the pupil, their guardians, the school. */
const readsFamilyWords = async (pupilId: string, actor: Actor, ports: AbsencePorts) =>
  actor.personId === pupilId ||
  actor.profiles.includes('staff') ||
  actor.profiles.includes('school-admin') ||
  (actor.profiles.includes('guardian') && (await ports.directory.isGuardianOf(actor.personId, pupilId)));

const order = ['unjustified', 'refused', 'pending', 'justified'] as const;
const worstStanding = (standings: readonly (typeof order)[number][]) =>
  order.find((standing) => standings.includes(standing)) ?? 'unjustified';

/** The justifications awaiting staff, the oldest first, with their pupils' names: vie scolaire's list. */
export const listPendingJustifications = async (actor: Actor, ports: AbsencePorts) => {
  await authorize(actor, 'attendance:decide', { kind: 'school' }, ports.directory);
  const pending = await ports.absences.pending();
  const people = await ports.directory.people([...new Set(pending.map((each) => each.pupilId))]);
  const names = new Map(people.map((person) => [person.personId, person]));
  return {
    justifications: pending.map((justification) => {
      const pupil = names.get(justification.pupilId);
      return {
        ...justification,
        pupil: pupil && {
          personId: pupil.personId,
          firstName: pupil.firstName,
          lastName: pupil.lastName,
          ...(pupil.classId && { classId: pupil.classId }),
        },
      };
    }),
  };
};

/** How far back a justification may start to meet a period: its span is at most that long. */
export const justificationReach = maxSpanDays;

/**
 * A short link to a justification's document: for whoever declared it and the staff who decide; to anyone else
 * the justification does not exist (404).
 */
export const justificationDocumentLink = async (
  pupilId: string,
  justificationId: string,
  actor: Actor,
  ports: AbsencePorts & { documents: JustificationDocuments },
) => {
  const found = await requireJustification(pupilId, justificationId, ports).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  const allowed =
    found &&
    (found.declaredBy === actor.personId ||
      (await authorize(
        actor,
        'attendance:decide',
        { kind: 'person', personId: pupilId },
        ports.directory,
      ).then(
        () => true,
        () => false,
      )));
  if (!found || !allowed) throw new NotFoundError('justification', justificationId);
  if (!found.document) throw new NotFoundError('document', justificationId);
  return {
    document: found.document,
    url: await ports.documents.downloadUrl(found.declaredBy, found.document),
  };
};

/** Who may join a document to a reason: whoever may declare one for some pupil (guardians, staff). */
export const requireDeclarer = (actor: Actor) => {
  if (scopesHeld('attendance:justify', actor.profiles).size === 0)
    throw new AccessDeniedError(actor.personId, 'attendance:justify', 'justification document', false);
};

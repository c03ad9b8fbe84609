import * as z from 'zod/mini';
import type { AuditEntry } from '#domain/audit/audit-entry';
import { personParty } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import { newEvent } from '#events/envelope';
import { weekApproved, weekReopened } from '#events/time/time-events';
import { WeekAlreadyApprovedError, WeekNotApprovedError } from './time-errors';
import type { PersonWeek, Reopening, TimeHoursPorts, WeekApproval } from './time-hours-ports';

/**
 * The manager's weekly approval of each person's hours, which locks the week, and its reopening. The lock is the
 * week item's: approving bumps its version, so an entry of hours that read it before fails on its condition.
 */

/** The most people one approval takes (the team's week). */
export const maxApprovedPeople = 100;

export const approvalInputSchema = z.strictObject({
  personIds: z.array(idSchema).check(
    z.minLength(1, 'must name one person at least'),
    z.maxLength(maxApprovedPeople, `must name at most ${maxApprovedPeople} people`),
    z.refine((ids) => new Set(ids).size === ids.length, 'names a person twice'),
  ),
});
export type ApprovalInput = z.output<typeof approvalInputSchema>;

export const reopeningInputSchema = z.strictObject({ personId: idSchema, reason: text(500) });
export type ReopeningInput = z.output<typeof reopeningInputSchema>;

export const entryOfWeekApproval = (week: PersonWeek, approval: WeekApproval): AuditEntry => ({
  entryId: `time-week.${week.personId}.${week.monday}.${week.version + 1}`,
  at: approval.at,
  actor: personParty(approval.by),
  action: 'time-week.approved',
  subject: personParty(week.personId),
  details: { monday: week.monday, actualMinutes: approval.actualMinutes, plannedMinutes: week.workedMinutes },
});

export const entryOfWeekReopening = (week: PersonWeek, reopening: Reopening): AuditEntry => ({
  entryId: `time-week.${week.personId}.${week.monday}.${week.version + 1}`,
  at: reopening.at,
  actor: personParty(reopening.by),
  action: 'time-week.reopened',
  subject: personParty(week.personId),
  details: { monday: week.monday, reason: reopening.reason },
});

/** Each round of a race lets one writer of the week through: as many tries as a team's week has writers at once. */
const attempts = 10;

/** Approves one person's week on the version read; read again when hours came in between. */
const approveOne = async (
  first: PersonWeek,
  actor: Actor,
  ports: TimeHoursPorts,
): Promise<'approved' | 'already'> => {
  let week = first;
  for (let attempt = 1; ; attempt += 1) {
    if (week.approved) return 'already';
    const at = ports.clock.now().toISOString();
    const approval: WeekApproval = { at, by: actor.personId, actualMinutes: week.actualMinutes };
    const event = newEvent(
      weekApproved,
      {
        personId: week.personId,
        monday: week.monday,
        actualMinutes: week.actualMinutes,
        plannedMinutes: week.workedMinutes,
        approvedBy: actor.personId,
      },
      { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: at },
    );
    try {
      await ports.hours.approve(week, approval, entryOfWeekApproval(week, approval), [event]);
      return 'approved';
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
    }
    [week] = (await ports.hours.weeks([{ personId: first.personId, monday: first.monday }])) as [PersonWeek];
  }
};

/**
 * 1. the manager may approve (time:approve) and each person is in the directory; 2. read the weeks in one call;
 * 3. approve each person's week in its own transaction, on the version read. Weeks approved already are told apart;
 * when all are, `week_already_approved`.
 */
export const approveWeek = async (
  monday: string,
  input: ApprovalInput,
  actor: Actor,
  ports: TimeHoursPorts,
) => {
  await authorize(actor, 'time:approve', { kind: 'school' }, ports.directory);
  const known = new Set((await ports.directory.people(input.personIds)).map(({ personId }) => personId));
  const unknown = input.personIds.find((personId) => !known.has(personId));
  if (unknown) throw new NotFoundError('person', unknown);
  const weeks = await ports.hours.weeks(input.personIds.map((personId) => ({ personId, monday })));
  const outcomes = await Promise.all(weeks.map((week) => approveOne(week, actor, ports)));
  const approved = weeks.filter((_, index) => outcomes[index] === 'approved').map(({ personId }) => personId);
  const alreadyApproved = weeks
    .filter((_, index) => outcomes[index] === 'already')
    .map(({ personId }) => personId);
  if (approved.length === 0) throw new WeekAlreadyApprovedError(alreadyApproved, monday);
  return { monday, approved, alreadyApproved };
};

/** Reopens an approved week, with the manager's reason (audited): its hours may change again. */
export const reopenWeek = async (
  monday: string,
  input: ReopeningInput,
  actor: Actor,
  ports: TimeHoursPorts,
) => {
  await authorize(actor, 'time:approve', { kind: 'school' }, ports.directory);
  for (let attempt = 1; ; attempt += 1) {
    const [week] = await ports.hours.weeks([{ personId: input.personId, monday }]);
    if (!week?.approved) throw new WeekNotApprovedError(input.personId, monday);
    const at = ports.clock.now().toISOString();
    const reopening: Reopening = { at, by: actor.personId, reason: input.reason };
    const event = newEvent(
      weekReopened,
      { personId: week.personId, monday, reopenedBy: actor.personId },
      { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: at },
    );
    try {
      await ports.hours.reopen(week, reopening, entryOfWeekReopening(week, reopening), [event]);
      return { monday, personId: week.personId, reopened: reopening };
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
    }
  }
};

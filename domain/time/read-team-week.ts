import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { isCalendarDate, mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import { AccessDeniedError, ValidationError } from '#domain/shared/errors';
import { idSchema } from '#domain/shared/input-types';
import { contractOn, withDirectoryNames } from './staff-contracts';
import type { StoredShift, TeamMember, TimePorts, WeekTotal } from './time-ports';

/**
 * The team's week: each technician's shifts of an ISO week with the rules they exceed (accepted), their planned
 * and actual minutes (the week items' counters) and the week's approval. Four reads whatever the team's size:
 * the week's shifts (one query of GSI2), the team (one query of GSI1), their week items and their names in the
 * directory (a BatchGetItem each).
 * A technician without `time:plan` reads only their own week.
 */

export const weekQuerySchema = z.strictObject({ personId: z.optional(idSchema) });

const school = { kind: 'school' } as const;

/** The path's Monday: a day, and a Monday. */
export const mondayParameter = (value: string | undefined) => {
  if (!value || !isCalendarDate(value)) throw new ValidationError('monday', 'must be a date YYYY-MM-DD');
  if (mondayOf(value) !== value) throw new ValidationError('monday', 'must be a Monday');
  return value;
};

/** A shift as the API answers it. */
export const shiftView = (shift: StoredShift) => ({
  shiftId: shift.shiftId,
  version: shift.version,
  personId: shift.personId,
  work: shift.work,
  ...(shift.link && { link: shift.link }),
  ...(shift.projectName !== undefined && { projectName: shift.projectName }),
  planned: shift.planned,
  ...(shift.actual && { actual: shift.actual }),
  ...(shift.exception && { exception: shift.exception }),
  accepted: shift.accepted,
  day: shift.day,
  monday: shift.monday,
});

const personWeek = (
  member: Pick<TeamMember, 'personId' | 'name' | 'contracts'>,
  monday: string,
  week: WeekTotal | undefined,
  shifts: readonly StoredShift[],
) => ({
  personId: member.personId,
  name: member.name,
  contract: contractOn(member.contracts, monday) ?? contractOn(member.contracts, plusDays(monday, 6)),
  plannedMinutes: week?.workedMinutes ?? 0,
  actualMinutes: week?.actualMinutes ?? 0,
  approved: week?.approved ?? null,
  shifts: shifts.map(shiftView),
});

export const readTeamWeek = async (
  monday: string,
  query: z.output<typeof weekQuerySchema>,
  actor: Actor,
  ports: TimePorts,
) => {
  const scopes = scopesHeld('time:read', actor.profiles);
  // Not a module of theirs at all: forbidden, not « not found » as a person they may not read is.
  if (scopes.size === 0) throw new AccessDeniedError(actor.personId, 'time:read', 'school', false);
  const everyone = scopes.has('any');
  const personId = query.personId ?? (everyone ? undefined : actor.personId);
  if (personId !== undefined) {
    await authorize(actor, 'time:read', { kind: 'person', personId }, ports.relations);
    const [member, weeks, shifts] = await Promise.all([
      ports.time.member(personId),
      ports.time.weeks([personId], monday),
      ports.time.weekShifts(monday, personId),
    ]);
    if (!member && shifts.length === 0) return { monday, people: [] };
    const [known] = await withDirectoryNames([member ?? { personId, name: '', contracts: [] }], ports);
    return { monday, people: known ? [personWeek(known, monday, weeks.get(personId), shifts)] : [] };
  }
  await authorize(actor, 'time:read', school, ports.relations);
  const [members, shifts] = await Promise.all([ports.time.team(), ports.time.weekShifts(monday)]);
  const [team, weeks] = await Promise.all([
    withDirectoryNames(members, ports),
    ports.time.weeks(
      members.map((member) => member.personId),
      monday,
    ),
  ]);
  return {
    monday,
    people: team.map((member) =>
      personWeek(
        member,
        monday,
        weeks.get(member.personId),
        shifts.filter((shift) => shift.personId === member.personId),
      ),
    ),
  };
};

/** A production's or project's shifts, by start: one query. */
export const readProjectShifts = async (projectId: string, actor: Actor, ports: TimePorts) => {
  await authorize(actor, 'time:plan', school, ports.relations);
  return { shifts: (await ports.time.projectShifts(projectId)).map(shiftView) };
};

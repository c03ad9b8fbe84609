import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { ValidationError } from '#domain/shared/errors';
import { contractCovers, type Skill, skills } from './contract';
import { checkShiftTimes, dayOfShift, zonedDateTimeSchema } from './shift';
import { planningSpansOf } from './shift-marks';
import { withDirectoryNames } from './staff-contracts';
import type { TimePorts } from './time-ports';

/**
 * Who may take a shift: the team members whose contract covers its day, the skilled first, then the free (their
 * planning days hold nothing then: no shift, no activity), then by name. Three reads: the team (one query), their
 * planning days at that time (one BatchGetItem), and their names in the directory (one BatchGetItem).
 */

export const candidatesQuerySchema = z.strictObject({
  startsAt: zonedDateTimeSchema,
  endsAt: zonedDateTimeSchema,
  skill: z.optional(z.enum(skills, `must be one of ${skills.join(', ')}`)),
});
export type CandidatesQuery = z.output<typeof candidatesQuerySchema>;

const school = { kind: 'school' } as const;

export const findCandidates = async (query: CandidatesQuery, actor: Actor, ports: TimePorts) => {
  await authorize(actor, 'time:plan', school, ports.relations);
  const times = { startsAt: query.startsAt, endsAt: query.endsAt, breakMinutes: 0 };
  checkShiftTimes(times, 'query');
  const day = dayOfShift(times, ports.school.timeZone);
  const covered = (await ports.time.team()).flatMap((member) => {
    const contract = member.contracts.find((each) => contractCovers(each, day));
    return contract ? [{ ...member, contract }] : [];
  });
  const team = await withDirectoryNames(covered, ports);
  const spans = planningSpansOf(times, ports.school.timeZone);
  if (spans.length === 0) throw new ValidationError('query.endsAt', 'must be after the start');
  const busy = await ports.time.busy(
    team.map((member) => member.personId),
    spans,
  );
  const skilled = (list: readonly Skill[]) => query.skill === undefined || list.includes(query.skill);
  const people = team.map((member) => {
    const busyWith = busy.get(member.personId);
    return {
      personId: member.personId,
      name: member.name,
      skills: member.contract.skills,
      free: busyWith === undefined,
      ...(busyWith && { busyWith }),
    };
  });
  const rank = (person: (typeof people)[number]) => (skilled(person.skills) ? 0 : 2) + (person.free ? 0 : 1);
  return {
    people: people
      .map((person, index) => ({ person, index }))
      .sort((left, right) => rank(left.person) - rank(right.person) || left.index - right.index)
      .map(({ person }) => person),
  };
};

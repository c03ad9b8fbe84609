import type { Actor } from '#domain/identity/actor';
import { fullName } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { NotFoundError } from '#domain/shared/errors';
import { sortKeyOf } from '#domain/shared/text';
import { contractCovers, type StaffContract, type StaffContractInput, staffContractOf } from './contract';
import { entryOfContract } from './time-audit';
import type { TeamMember, TimePorts } from './time-ports';

/**
 * A technician's contracts: the one a planner gives replaces those from the same first day; the others stay while
 * in force or ended within the last 12 months (an intermittent has a few a month), so a shift's check finds the
 * contract covering its day in the same read. Giving a contract puts the person in the team.
 */

const school = { kind: 'school' } as const;

/** The contract in force on a day, or else the latest. */
export const contractOn = (contracts: readonly StaffContract[], day: string): StaffContract | null =>
  contracts.find((contract) => contractCovers(contract, day)) ??
  [...contracts].sort((left, right) => right.from.localeCompare(left.from))[0] ??
  null;

export const keptContracts = (contracts: readonly StaffContract[], added: StaffContract, today: string) => {
  const since = plusDays(today, -366);
  return [
    ...contracts.filter(
      (contract) => contract.from !== added.from && (contract.until === undefined || contract.until >= since),
    ),
    added,
  ].sort((left, right) => left.from.localeCompare(right.from));
};

export const setContract = async (
  personId: string,
  input: Omit<StaffContractInput, 'personId'>,
  actor: Actor,
  ports: TimePorts,
) => {
  await authorize(actor, 'time:plan', school, ports.relations);
  const person = await ports.people.person(personId);
  if (!person) throw new NotFoundError('person', personId);
  const member = await ports.time.member(personId);
  const now = ports.clock.now();
  const today = now.toLocaleDateString('sv-SE', { timeZone: ports.school.timeZone });
  const contract = staffContractOf({ ...input, personId });
  const next: TeamMember = {
    personId,
    name: fullName(person),
    contracts: keptContracts(member?.contracts ?? [], contract, today),
    version: (member?.version ?? 0) + 1,
  };
  await ports.time.putContracts(
    { ...next, sortName: sortKeyOf(`${person.lastName} ${person.firstName}`) },
    member?.version ?? 0,
    entryOfContract(contract, actor.personId, now.toISOString(), next.version),
  );
  return { contracts: next.contracts };
};

/**
 * Team members with their names as the directory has them now, by name: one BatchGetItem. The directory publishes
 * no event when it renames a person (an import, a correction), so the name stored with the contract is only what
 * shows of a person the directory no longer has.
 */
export const withDirectoryNames = async <Member extends { personId: string; name: string }>(
  members: readonly Member[],
  ports: Pick<TimePorts, 'people'>,
): Promise<Member[]> => {
  if (members.length === 0) return [];
  const people = new Map(
    (await ports.people.people(members.map(({ personId }) => personId))).map((person) => [
      person.personId,
      person,
    ]),
  );
  return members
    .map((member) => {
      const person = people.get(member.personId);
      return {
        member: person ? { ...member, name: fullName(person) } : member,
        sortName: sortKeyOf(person ? `${person.lastName} ${person.firstName}` : member.name),
      };
    })
    .sort((left, right) => left.sortName.localeCompare(right.sortName, 'fr'))
    .map(({ member }) => member);
};

/** The technical team, by name, each with the contract in force today (or their latest). */
export const readTeam = async (actor: Actor, ports: TimePorts) => {
  await authorize(actor, 'time:plan', school, ports.relations);
  const today = ports.clock.now().toLocaleDateString('sv-SE', { timeZone: ports.school.timeZone });
  const team = await withDirectoryNames(await ports.time.team(), ports);
  return {
    people: team.map((member) => ({
      personId: member.personId,
      name: member.name,
      contract: contractOn(member.contracts, today),
    })),
  };
};

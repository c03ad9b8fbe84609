import { cedsGradeOf } from './ceds-grades';
import { levelExtensionColumn } from './csv-headers';
import { exportIds } from './export-ids';
import type { OneRosterExportInput, OneRosterExportKind, OneRosterExportPerson } from './export-input';

type CsvRecord = Record<string, string | undefined>;

/**
 * The 1.2 role of each kind. Staff are written as `aide`, the role with the least rights in the vocabulary:
 * a consumer must not make the school's administrative staff administrators of its own tool.
 */
const roleOfKind: Record<OneRosterExportKind, string> = {
  student: 'student',
  guardian: 'guardian',
  teacher: 'teacher',
  staff: 'aide',
};

export const userRecords = (input: OneRosterExportInput): CsvRecord[] => {
  const agents = agentsByPerson(input);
  return input.people.map((person) => ({
    sourcedId: exportIds.user(person.id),
    enabledUser: String(person.active),
    username: person.id,
    givenName: person.firstName,
    familyName: person.lastName,
    identifier: person.badgeNumber,
    email: person.email,
    phone: person.phone,
    agentSourcedIds: agents.get(person.id)?.map(exportIds.user).join(','),
    grades: person.kind === 'student' ? cedsGradeOf(person.levelCode) : undefined,
    primaryOrgSourcedId: exportIds.org(input.school.uai),
    [levelExtensionColumn]: person.kind === 'student' ? person.levelCode : undefined,
  }));
};

export const roleRecords = (input: OneRosterExportInput): CsvRecord[] => {
  const guardians = new Set(input.guardianships.map(({ guardianId }) => guardianId));
  return input.people.flatMap((person) => [
    {
      sourcedId: exportIds.role(person.id),
      userSourcedId: exportIds.user(person.id),
      roleType: 'primary',
      role: roleOfKind[person.kind],
      orgSourcedId: exportIds.org(input.school.uai),
    },
    // A teacher who is also a parent: only a family role makes a user a guardian to the bundle's readers.
    ...(person.kind !== 'guardian' && guardians.has(person.id)
      ? [
          {
            sourcedId: exportIds.familyRole(person.id),
            userSourcedId: exportIds.user(person.id),
            roleType: 'secondary',
            role: 'guardian',
            orgSourcedId: exportIds.org(input.school.uai),
          },
        ]
      : []),
  ]);
};

/** Demographics share the sourcedId of their user; only people with a birth date have a row. */
export const demographicRecords = ({ people }: OneRosterExportInput): CsvRecord[] =>
  people
    .filter(
      (person): person is OneRosterExportPerson & { birthDate: string } => person.birthDate !== undefined,
    )
    .map((person) => ({ sourcedId: exportIds.user(person.id), birthDate: person.birthDate }));

/** OneRoster writes a family link on both sides: a student's agents are their guardians, and the reverse. */
const agentsByPerson = ({ guardianships }: OneRosterExportInput): Map<string, string[]> => {
  const agents = new Map<string, string[]>();
  const add = (personId: string, agentId: string) =>
    agents.set(personId, [...(agents.get(personId) ?? []), agentId]);
  for (const { guardianId, studentId } of guardianships) {
    add(studentId, guardianId);
    add(guardianId, studentId);
  }
  return agents;
};

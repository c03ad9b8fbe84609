import { type CsvRow, type CsvTable, rowProblem } from '../csv/csv-table';
import type { ImportedGuardianship, ImportProblem } from '../import-snapshot';
import { unknownUserReason } from './read-roles';
import type { RosterUser } from './read-users';
import { listOf } from './sourced-rows';

/**
 * Family links from `agentSourcedIds` of users.csv: a student's agents are their parents, guardians or relatives,
 * and a parent's agents are their children, so the same link is usually written twice; it is kept once.
 */
export const readGuardianships = (
  table: CsvTable,
  users: ReadonlyMap<string, RosterUser>,
  problems: ImportProblem[],
): ImportedGuardianship[] => {
  const links = new Map<string, ImportedGuardianship>();
  for (const user of users.values()) {
    for (const agentSourcedId of listOf(user.row, 'agentSourcedIds')) {
      const agent = users.get(agentSourcedId);
      if (!agent) {
        problems.push(rowProblem(table, user.row, 'agentSourcedIds', unknownUserReason(agentSourcedId)));
        continue;
      }
      const link = linkOf(user, agent, table, user.row);
      if (!link) {
        problems.push(rowProblem(table, user.row, 'agentSourcedIds', notFamilyReason(agent), 'warning'));
      } else if (!links.has(keyOf(link))) {
        links.set(keyOf(link), link);
      }
    }
  }
  return [...links.values()];
};

/**
 * Who is the child decides the direction; OneRoster calls every family agent a legal contact. Only a user who holds
 * a family role (parent, guardian, relative) becomes a guardian: a teacher or an aide listed among a pupil's agents
 * does not.
 */
const linkOf = (
  user: RosterUser,
  agent: RosterUser,
  table: CsvTable,
  row: CsvRow,
): ImportedGuardianship | undefined => {
  const [guardian, student] = user.kind === 'student' ? [agent, user] : [user, agent];
  if (student.kind !== 'student' || guardian.kind === 'student' || !guardian.familyRole) return undefined;
  return {
    guardianSourceId: `oneroster:user:${guardian.sourcedId}`,
    studentSourceId: `oneroster:user:${student.sourcedId}`,
    legal: true,
    ...(guardian.familyRole && { relationship: guardian.familyRole }),
    at: { file: table.file, line: row.line },
  };
};

const keyOf = (link: ImportedGuardianship) => `${link.guardianSourceId} ${link.studentSourceId}`;

const notFamilyReason = (agent: RosterUser) =>
  `"${agent.sourcedId}" is not a family link: one of the two users must be a student, the other a parent, guardian or relative`;

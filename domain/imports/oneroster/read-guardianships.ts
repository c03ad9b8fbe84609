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
  delta = false,
): ImportedGuardianship[] => {
  const links = new Map<string, ImportedGuardianship>();
  for (const user of users.values()) {
    for (const agentSourcedId of listOf(user.row, 'agentSourcedIds')) {
      // A delta's agent may be someone it does not list: the directory knows them, the user's role says who is
      // the child.
      if (delta && !user.kind) {
        for (const link of linksOfRoleless(user, agentSourcedId, users.get(agentSourcedId), table)) {
          if (!links.has(keyOf(link))) links.set(keyOf(link), link);
        }
        continue;
      }
      const agent = users.get(agentSourcedId) ?? (delta ? unlistedAgent(agentSourcedId, user) : undefined);
      if (!agent) {
        const severity = delta ? 'warning' : 'error';
        problems.push(
          rowProblem(table, user.row, 'agentSourcedIds', unknownUserReason(agentSourcedId), severity),
        );
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

/** An agent a delta does not list, as the other end of a link from `user`: the child of a parent, or the reverse. */
const unlistedAgent = (sourcedId: string, user: RosterUser): RosterUser | undefined => {
  const row = { line: user.row.line, cells: new Map<string, string>() };
  if (user.kind === 'student') return { sourcedId, row, kind: 'guardian', familyRole: 'guardian' };
  if (user.familyRole) return { sourcedId, row, kind: 'student' };
  return undefined;
};

/**
 * The links of a user a delta lists without a role (it did not change): the agent's role, when the delta gives it,
 * says who is the child; else both readings go to the directory, which keeps the one its profiles allow.
 */
const linksOfRoleless = (
  user: RosterUser,
  agentSourcedId: string,
  agent: RosterUser | undefined,
  table: CsvTable,
): ImportedGuardianship[] => {
  const link = (guardian: string, student: string, directoryDecides: boolean): ImportedGuardianship => ({
    guardianSourceId: `oneroster:user:${guardian}`,
    studentSourceId: `oneroster:user:${student}`,
    legal: true,
    ...(directoryDecides && { directoryDecides: true }),
    at: { file: table.file, line: user.row.line },
  });
  if (agent?.kind === 'student') return [link(user.sourcedId, agent.sourcedId, true)];
  if (agent?.familyRole)
    return [{ ...link(agent.sourcedId, user.sourcedId, true), relationship: agent.familyRole }];
  if (agent) return [];
  return [link(user.sourcedId, agentSourcedId, true), link(agentSourcedId, user.sourcedId, true)];
};

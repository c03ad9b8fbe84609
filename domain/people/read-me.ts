import type { Actor } from '#domain/identity/actor';
import type { DirectoryReader } from './directory-ports';
import type { PersonSummary, SchoolClass } from './person';
import { summaryOf } from './person';
import { classesById } from './read-person';

export interface Me {
  personId: string;
  firstName: string;
  lastName: string;
  username: string;
  profiles: Actor['profiles'];
  /** A guardian's own children. */
  children: PersonSummary[];
  /** A teacher's own classes. */
  classes: SchoolClass[];
  /** Whether the person is a member of a work group: the menu shows « Groupes » to pupils and families then. */
  inWorkGroups?: boolean;
  /** Whether a staff member has a contract in the technical team (module `time`): the menu shows « Mes heures » then. */
  hasTimeContract?: boolean;
}

/** Who is signed in, with what their home page starts from. */
export const readMe = async (actor: Actor, directory: DirectoryReader): Promise<Me> => {
  const [childIds, classIds] = await Promise.all([
    actor.profiles.includes('guardian') ? directory.childrenOf(actor.personId) : [],
    actor.profiles.includes('teacher') ? directory.classesTaughtBy(actor.personId) : [],
  ]);
  const children = await directory.people(childIds);
  const classes = await classesById(
    [...classIds, ...children.flatMap(({ classId }) => classId ?? [])],
    directory,
  );
  return {
    personId: actor.personId,
    firstName: actor.firstName,
    lastName: actor.lastName,
    username: actor.username,
    profiles: actor.profiles,
    children: children.map((child) => summaryOf(child, classes)),
    classes: classIds.flatMap((classId) => classes.get(classId) ?? []),
  };
};

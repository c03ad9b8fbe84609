import type { Person } from '#domain/people/person';
import { AccessDeniedError } from '#domain/shared/errors';
import { foldForComparison } from '#domain/shared/text';
import { type Actor, fullName } from './actor';
import { type Scope, scopesHeld } from './rights';

/**
 * Who a planning may show: the one rule every planning, agenda, activity, conflict, booking, feed and mini-site
 * output goes through. A person's id, name or whereabouts reach only a reader whom `planning:read-person` lets
 * read that person's week; the others see the slot taken, with no person (see `visible-planning.ts`).
 */

/** What the rule reads, in batches: one look-up per relation, never one per person. */
export interface VisibilityPorts {
  people(personIds: readonly string[]): Promise<Person[]>;
  childrenOf(guardianId: string): Promise<string[]>;
  classesTaughtBy(teacherId: string): Promise<string[]>;
  /** The projects a person takes part in, in person. */
  projectsOf(personId: string): Promise<{ id: string }[]>;
  projects(projectIds: readonly string[]): Promise<{ members: { personId: string }[] }[]>;
}

export interface PersonVisibility {
  sees(personId: string): boolean;
  /** Whether a free text (a title, a project's name) names one of the people the reader may not see. */
  names(text: string): boolean;
}

/** A pupil is anyone with the student profile; everyone else (teachers, staff, guest artists) is an adult. */
export const isPupil = (person: Pick<Person, 'profiles'>) => person.profiles.includes('student');

/** Everyone visible, no look-up: the scope `any` (staff, planners, administrators). */
const seesEveryone: PersonVisibility = { sees: () => true, names: () => false };

/** Which of `personIds` a signed-in reader may see, for one answer: the people in one batch, each relation once. */
export const personVisibility = async (
  actor: Actor,
  personIds: Iterable<string>,
  ports: VisibilityPorts,
): Promise<PersonVisibility> => {
  const scopes = scopesHeld('planning:read-person', actor.profiles);
  const ids = [...new Set(personIds)];
  if (scopes.has('any') || ids.length === 0) return seesEveryone;
  const people = await ports.people(ids);
  return visibilityOf(people, await coveredByScopes(actor, scopes, people, ports));
};

/**
 * Which of `personIds` whoever holds a public link (a calendar feed, a mini-site) may see: adults only, and the
 * pupil whose own feed it is when that pupil or their guardian took it (`namedPupilId`).
 */
export const publicVisibility = async (
  personIds: Iterable<string>,
  ports: Pick<VisibilityPorts, 'people'>,
  namedPupilId?: string,
): Promise<PersonVisibility> => {
  const people = await ports.people([...new Set(personIds)]);
  const covered = people.filter((person) => !isPupil(person) || person.personId === namedPupilId);
  return visibilityOf(people, new Set(covered.map(idOf)));
};

const visibilityOf = (people: readonly Person[], covered: ReadonlySet<string>): PersonVisibility => {
  const hiddenNames = people
    .filter((person) => !covered.has(person.personId))
    .flatMap((person) => [fullName(person), `${person.lastName} ${person.firstName}`])
    .map(foldForComparison)
    .filter((name) => name.length > 0);
  return {
    sees: (personId) => covered.has(personId),
    names: (text) => {
      const folded = foldForComparison(text);
      return hiddenNames.some((name) => folded.includes(name));
    },
  };
};

/** The route-level check of a person's week: the same rule, for one person; a refusal hides that they exist. */
export const requireVisiblePerson = async (actor: Actor, personId: string, ports: VisibilityPorts) => {
  const visibility = await personVisibility(actor, [personId], ports);
  if (!visibility.sees(personId))
    throw new AccessDeniedError(actor.personId, 'planning:read-person', `person ${personId}`, true);
};

const idOf = (person: Person) => person.personId;

/** The people (among those read) whom one of the scopes the actor holds covers; unknown ids are never covered. */
const coveredByScopes = async (
  actor: Actor,
  scopes: ReadonlySet<Scope>,
  people: readonly Person[],
  ports: VisibilityPorts,
) => {
  const pupils = people.filter(isPupil);
  const needs = (scope: Scope) =>
    scopes.has(scope) && pupils.some((pupil) => pupil.personId !== actor.personId);
  const [children, classesTaught, fellows] = await Promise.all([
    needs('own-children') ? ports.childrenOf(actor.personId) : [],
    needs('own-classes') ? ports.classesTaughtBy(actor.personId) : [],
    needs('own-projects') ? projectFellowsOf(actor.personId, ports) : [],
  ]);
  const [childSet, classSet, fellowSet] = [new Set(children), new Set(classesTaught), new Set(fellows)];
  const covers = (person: Person) =>
    (scopes.has('self') && person.personId === actor.personId) ||
    (scopes.has('adults') && !isPupil(person)) ||
    (scopes.has('own-children') && childSet.has(person.personId)) ||
    (scopes.has('own-classes') && person.classId !== undefined && classSet.has(person.classId)) ||
    (scopes.has('own-projects') && fellowSet.has(person.personId));
  return new Set(people.filter(covers).map(idOf));
};

/** The people who take part, in person, in a project the person takes part in: two reads, whatever the count. */
const projectFellowsOf = async (personId: string, ports: VisibilityPorts) => {
  const projects = await ports.projects((await ports.projectsOf(personId)).map(({ id }) => id));
  return projects.flatMap((project) => project.members.map((member) => member.personId));
};

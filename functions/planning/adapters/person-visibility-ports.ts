import type { Actor } from '#domain/identity/actor';
import { personVisibility, type VisibilityPorts } from '#domain/identity/person-visibility';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './planning-ports';

/** What the person-visibility rule reads: the directory's people and relations, and people's projects. */
export const visibilityPorts: VisibilityPorts = {
  people: (personIds) => planningPorts.directory.people(personIds),
  childrenOf: (guardianId) => directory.childrenOf(guardianId),
  classesTaughtBy: (teacherId) => directory.classesTaughtBy(teacherId),
  projectsOf: (personId) => planningPorts.projects.ofMember(personId),
  projects: (projectIds) => planningPorts.projects.many(projectIds),
};

/** Whom a signed-in reader may see among the people of one answer. */
export const visibilityFor = (actor: Actor, personIds: Iterable<string>) =>
  personVisibility(actor, personIds, visibilityPorts);

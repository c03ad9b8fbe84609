import type { Actor } from '#domain/identity/actor';
import type { Relations } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { type Project, takesPart } from './project';

/**
 * The projects of a list the reader may open, by the same rule as a project's sheet (`projects:read`): all of
 * them for those who read every project, the ones they take part in (in person or through their class or group)
 * for a student. A list never leads to a sheet that answers « introuvable ». One look-up of the reader's classes.
 */
export const readableProjects = async <Listed extends Pick<Project, 'members' | 'classIds'>>(
  actor: Pick<Actor, 'personId' | 'profiles'>,
  projects: readonly Listed[],
  relations: Pick<Relations, 'classesOf'>,
): Promise<Listed[]> => {
  const scopes = scopesHeld('projects:read', actor.profiles);
  if (scopes.has('any')) return [...projects];
  if (!scopes.has('project-members')) return [];
  const classIds = await relations.classesOf(actor.personId);
  return projects.filter((project) => takesPart(project, actor.personId, classIds));
};

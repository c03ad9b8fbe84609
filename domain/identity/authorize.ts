import { AccessDeniedError } from '#domain/shared/errors';
import type { Actor } from './actor';
import { type Action, hiddenWhenDenied, type Scope, scopesOf } from './rights';

/** What a request touches. A batch of accounts is described by whom it concerns. */
export type Resource =
  | { kind: 'school' }
  | { kind: 'person'; personId: string }
  | { kind: 'class'; classId: string }
  | { kind: 'accounts'; concerns: 'school-admins' | 'anyone' }
  | { kind: 'project'; projectId: string; memberIds: readonly string[]; classIds: readonly string[] };

/** The relations that scopes depend on, read from the directory only when a scope needs them. */
export interface Relations {
  isGuardianOf(guardianId: string, studentId: string): Promise<boolean>;
  teachesClass(teacherId: string, classId: string): Promise<boolean>;
  teachesStudent(teacherId: string, studentId: string): Promise<boolean>;
  /** A student's class and groups. */
  classesOf(personId: string): Promise<string[]>;
}

/** Allows the request when one of the actor's profiles grants a scope covering the resource; denies otherwise. */
export const authorize = async (
  actor: Actor,
  action: Action,
  resource: Resource,
  relations: Relations,
): Promise<void> => {
  for (const profile of actor.profiles) {
    for (const scope of scopesOf(action, profile)) {
      if (await covers(scope, actor, resource, relations)) return;
    }
  }
  throw new AccessDeniedError(actor.personId, action, describe(resource), hiddenWhenDenied.has(action));
};

const covers = async (scope: Scope, actor: Actor, resource: Resource, relations: Relations) => {
  switch (scope) {
    case 'any':
      return true;
    case 'self':
      return resource.kind === 'person' && resource.personId === actor.personId;
    case 'own-children':
      return resource.kind === 'person' && relations.isGuardianOf(actor.personId, resource.personId);
    case 'own-classes':
      if (resource.kind === 'class') return relations.teachesClass(actor.personId, resource.classId);
      return resource.kind === 'person' && relations.teachesStudent(actor.personId, resource.personId);
    case 'school-admins':
      return resource.kind === 'accounts' && resource.concerns === 'school-admins';
    case 'own-projects':
    case 'adults':
      // Who a planning shows is read in batches by person-visibility.ts (`requireVisiblePerson` for one person).
      return false;
    case 'project-members':
      if (resource.kind !== 'project') return false;
      if (resource.memberIds.includes(actor.personId)) return true;
      return (await relations.classesOf(actor.personId)).some((classId) =>
        resource.classIds.includes(classId),
      );
  }
};

const describe = (resource: Resource) => {
  switch (resource.kind) {
    case 'school':
      return 'school';
    case 'person':
      return `person ${resource.personId}`;
    case 'class':
      return `class ${resource.classId}`;
    case 'accounts':
      return `accounts of ${resource.concerns}`;
    case 'project':
      return `project ${resource.projectId}`;
  }
};

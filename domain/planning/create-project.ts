import { ValidationError } from '#domain/shared/errors';
import type { NewProject, ProjectChanges } from './planning-input';
import type { PlanningPorts } from './planning-ports';
import type { Project } from './project';
import { projectEvent } from './project-events';

export const createProject = async (input: NewProject, ports: PlanningPorts) => {
  await checkParticipants(input, ports);
  const now = ports.clock.now().toISOString();
  const project: Project = {
    id: ports.newId(),
    kind: input.kind,
    name: input.name,
    description: input.description,
    status: input.status,
    members: input.members,
    classIds: input.classIds,
    ...(input.subject && { subject: input.subject }),
    documents: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await ports.projects.add(project, [
    projectEvent('created', project, { ...ports.school, newId: ports.newId }),
  ]);
  return project;
};

/** Members and classes must be the school's: a typo would otherwise hide someone's planning. */
export const checkParticipants = async (
  input: Pick<ProjectChanges, 'members' | 'classIds'>,
  ports: Pick<PlanningPorts, 'directory'>,
) => {
  const memberIds = (input.members ?? []).map(({ personId }) => personId);
  const [people, classes] = await Promise.all([
    ports.directory.people(memberIds),
    ports.directory.classes(input.classIds ?? []),
  ]);
  const knownPeople = new Set(people.map(({ personId }) => personId));
  const unknownPeople = memberIds.filter((id) => !knownPeople.has(id));
  if (unknownPeople.length > 0)
    throw new ValidationError('members', `names nobody with id ${unknownPeople.join(', ')}`, 'unknown_id');
  const knownClasses = new Set(classes.map(({ classId }) => classId));
  const unknownClasses = (input.classIds ?? []).filter((id) => !knownClasses.has(id));
  if (unknownClasses.length > 0)
    throw new ValidationError(
      'classIds',
      `names no class with id ${unknownClasses.join(', ')}`,
      'unknown_id',
    );
};

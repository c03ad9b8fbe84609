import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { checkParticipants } from './create-project';
import type { ProjectChanges } from './planning-input';
import type { PlanningPorts } from './planning-ports';
import type { Project } from './project';
import { projectEvent } from './project-events';

export const updateProject = async (
  projectId: string,
  changes: ProjectChanges,
  expectedVersion: number | undefined,
  ports: PlanningPorts,
) => {
  const project = await ports.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  if (expectedVersion !== undefined && expectedVersion !== project.version) {
    throw new StaleVersionError('project', projectId, expectedVersion);
  }
  await checkParticipants(changes, ports);
  const updated: Project = {
    ...project,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    updatedAt: ports.clock.now().toISOString(),
    version: project.version + 1,
  };
  await ports.projects.replace(updated, project, [
    projectEvent('updated', updated, { ...ports.school, newId: ports.newId }),
  ]);
  return updated;
};

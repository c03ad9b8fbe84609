import type { IdGenerator } from '#domain/shared/ports';
import { newEvent, type OutgoingEvent } from '#events/envelope';
import { projectCreated, projectUpdated } from '#events/planning/planning-events';
import type { Project } from './project';

export const projectEvent = (
  change: 'created' | 'updated',
  project: Project,
  context: { schoolId: string; newId: IdGenerator },
): OutgoingEvent =>
  newEvent(
    change === 'created' ? projectCreated : projectUpdated,
    {
      projectId: project.id,
      kind: project.kind,
      name: project.name,
      status: project.status,
      version: project.version,
      memberIds: project.members.map(({ personId }) => personId),
      classIds: project.classIds,
    },
    { ...context, occurredAt: project.updatedAt },
  );

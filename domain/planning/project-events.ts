import { type OutgoingEvent, toOutgoingEvent } from '../../events/envelope';
import { projectCreated, projectUpdated } from '../../events/planning/planning-events';
import type { IdGenerator } from '../shared/ports';
import type { Project } from './project';

export const projectEvent = (
  change: 'created' | 'updated',
  project: Project,
  context: { schoolId: string; newId: IdGenerator },
): OutgoingEvent =>
  toOutgoingEvent(
    change === 'created' ? projectCreated : projectUpdated,
    { eventId: context.newId(), schoolId: context.schoolId, occurredAt: project.updatedAt },
    {
      projectId: project.id,
      kind: project.kind,
      name: project.name,
      status: project.status,
      version: project.version,
      memberIds: project.members.map(({ personId }) => personId),
      classIds: project.classIds,
    },
  );

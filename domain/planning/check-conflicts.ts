import type { output } from 'zod/mini';
import { NotFoundError } from '#domain/shared/errors';
import type { Activity } from './activity';
import { activityEntries } from './activity-occurrences';
import { conflictsOf } from './commit-planning-change';
import type { conflictCheckSchema } from './planning-input';
import type { PlanningPorts } from './planning-ports';
import { resourceLabels } from './resource-labels';

/** The conflicts a draft would meet, as the form shows them before saving; the activity being edited excluded. */
export const checkConflicts = async (draft: output<typeof conflictCheckSchema>, ports: PlanningPorts) => {
  const project = await ports.projects.get(draft.projectId);
  if (!project) throw new NotFoundError('project', draft.projectId);
  const labelOf = await resourceLabels(draft, ports.directory);
  const activity: Activity = {
    id: draft.activityId ?? 'draft',
    projectId: draft.projectId,
    title: draft.title,
    schedule: draft.schedule,
    placeIds: draft.placeIds,
    personIds: draft.personIds,
    classIds: draft.classIds,
    equipmentIds: draft.equipmentIds,
    status: 'planned',
    conflictsAccepted: false,
    createdAt: '',
    updatedAt: '',
    version: 0,
  };
  return conflictsOf(await activityEntries(activity, project.kind, ports), ports.planning, labelOf);
};

import { NotFoundError, ValidationError } from '#domain/shared/errors';
import type { Activity } from './activity';
import { scheduledEvent } from './activity-events';
import { activityEntries } from './activity-occurrences';
import { commitPlanningChange, type LabelOf } from './commit-planning-change';
import type { NewActivity } from './planning-input';
import type { PlanningChange, PlanningPorts } from './planning-ports';
import type { ProjectKind } from './project';
import { resourceLabels } from './resource-labels';

/** Plans a new activity of a project: refused on a conflict unless the planner accepts it. */
export const scheduleActivity = async (projectId: string, input: NewActivity, ports: PlanningPorts) => {
  const project = await ports.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const labelOf = await resourceLabels(input, ports.directory);
  const now = ports.clock.now().toISOString();
  const activity: Activity = {
    id: ports.newId(),
    projectId,
    title: input.title,
    schedule: input.schedule,
    placeIds: input.placeIds,
    personIds: input.personIds,
    classIds: input.classIds,
    equipmentIds: input.equipmentIds,
    status: 'planned',
    conflictsAccepted: input.acceptConflicts,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const occurrences = await planActivity(
    activity,
    project.kind,
    { acceptConflicts: input.acceptConflicts, labelOf },
    ports,
  );
  return { activity, occurrences };
};

/**
 * Stores a new activity and its occurrences, announced by an event; refused on a conflict not accepted. A room
 * booking also names what the store must hold with it: the student's classes free, their weekly hours.
 */
export const planActivity = async (
  activity: Activity,
  projectKind: ProjectKind,
  options: { acceptConflicts: boolean; labelOf: LabelOf } & Pick<
    PlanningChange,
    'alsoFree' | 'bookedMinutesAtMost'
  >,
  ports: PlanningPorts,
) => {
  const { acceptConflicts, labelOf, alsoFree, bookedMinutesAtMost } = options;
  const entries = await activityEntries(activity, projectKind, ports);
  if (entries.length === 0) {
    throw new ValidationError(
      'schedule',
      'gives no occurrence: every day of it is closed in the school calendar',
      'no_open_day',
    );
  }
  const context = { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: activity.createdAt };
  await commitPlanningChange(
    {
      activity,
      expectedVersion: undefined,
      add: entries,
      remove: [],
      events: [scheduledEvent(activity, entries.length, context)],
      ...(alsoFree && { alsoFree }),
      ...(bookedMinutesAtMost !== undefined && { bookedMinutesAtMost }),
    },
    { acceptConflicts, labelOf, store: ports.planning },
  );
  return entries.length;
};

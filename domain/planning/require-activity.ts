import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import type { PlanningPorts } from './planning-ports';

/** An activity and its project, as a change starts from them; a stale `If-Match` is refused before any work. */
export const requireActivity = async (
  activityId: string,
  expectedVersion: number | undefined,
  ports: Pick<PlanningPorts, 'planning' | 'projects'>,
) => {
  const activity = await ports.planning.getActivity(activityId);
  if (!activity) throw new NotFoundError('activity', activityId);
  if (expectedVersion !== undefined && expectedVersion !== activity.version) {
    throw new StaleVersionError('activity', activityId, expectedVersion);
  }
  const project = await ports.projects.get(activity.projectId);
  if (!project) throw new NotFoundError('project', activity.projectId);
  return { activity, project };
};

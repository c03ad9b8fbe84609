import { activityEntries } from './activity-occurrences';
import { conflictsOf } from './commit-planning-change';
import type { PlanningPorts } from './planning-ports';
import { requireActivity } from './require-activity';
import { resourceLabels } from './resource-labels';

/** An activity with its project, its occurrences, and the overlaps it has now (saved over, knowingly). */
export const readActivity = async (activityId: string, ports: PlanningPorts) => {
  const { activity, project } = await requireActivity(activityId, undefined, ports);
  const entries = await activityEntries(activity, project.kind, ports);
  const labelOf = await resourceLabels(activity, ports.directory, { check: false });
  const conflicts = await conflictsOf(entries, ports.planning, labelOf);
  return {
    activity,
    project: { id: project.id, kind: project.kind, name: project.name },
    occurrences: entries.map(({ seriesDate, date, start, end, moved, placeIds }) => ({
      seriesDate,
      date,
      start,
      end,
      moved,
      placeIds,
    })),
    conflicts,
  };
};

import { plusDays } from '#domain/shared/calendar/calendar-days';
import { ValidationError } from '#domain/shared/errors';
import type { Activity } from './activity';
import { cancelledEvent } from './activity-events';
import { activityEntries } from './activity-occurrences';
import { entryChanges } from './entry-changes';
import type { CancellationRequest } from './planning-input';
import type { PlanningPorts } from './planning-ports';
import { requireActivity } from './require-activity';

/** Cancels one occurrence, the rest of a series, or the whole activity: its places and people are free again. */
export const cancelActivity = async (
  activityId: string,
  request: CancellationRequest,
  expectedVersion: number | undefined,
  ports: PlanningPorts,
) => {
  const { activity, project } = await requireActivity(activityId, expectedVersion, ports);
  const before = await activityEntries(activity, project.kind, ports);
  if (request.seriesDate !== undefined && !before.some((entry) => entry.seriesDate === request.seriesDate)) {
    throw new ValidationError('seriesDate', 'is not a day of this activity', 'not_a_day_of_activity');
  }
  const now = ports.clock.now().toISOString();
  const cancelled: Activity = {
    ...cancelledPart(activity, request, before),
    updatedAt: now,
    version: activity.version + 1,
  };
  const after = await activityEntries(cancelled, project.kind, ports);
  const context = { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: now };
  await ports.planning.save({
    activity: cancelled,
    expectedVersion: activity.version,
    ...entryChanges(before, after),
    guarded: false,
    events: [cancelledEvent(cancelled, request, context)],
  });
  return { activity: cancelled };
};

const cancelledPart = (
  activity: Activity,
  { scope, seriesDate, reason }: CancellationRequest,
  before: { seriesDate: string }[],
): Activity => {
  const { schedule } = activity;
  const isFirst = before[0]?.seriesDate === seriesDate;
  if (scope === 'all' || schedule.kind === 'once' || (scope === 'following' && isFirst)) {
    return { ...activity, status: 'cancelled' };
  }
  const date = seriesDate as string;
  if (scope === 'following') {
    return {
      ...activity,
      schedule: {
        ...schedule,
        until: plusDays(date, -1),
        exceptions: schedule.exceptions.filter((exception) => exception.date < date),
      },
    };
  }
  return {
    ...activity,
    schedule: {
      ...schedule,
      exceptions: [
        ...schedule.exceptions.filter((exception) => exception.date !== date),
        { date, cancelled: true, ...(reason && { reason }) },
      ],
    },
  };
};

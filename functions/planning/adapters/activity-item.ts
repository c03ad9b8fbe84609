import type { Activity } from '#domain/planning/activity';
import { planningKeys } from '#infra/definitions/school-table';

export const toActivityItem = (activity: Activity) => ({
  ...planningKeys.activity(activity.id),
  ...planningKeys.activityIndexAttributes(activity),
  entity: 'activity',
  /** Beside the activity, for the shared versioned-put condition. */
  version: activity.version,
  activity,
});

export const fromActivityItem = (item: Record<string, unknown>) => item.activity as Activity;

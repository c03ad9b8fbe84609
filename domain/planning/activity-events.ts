import { type EventContext, newEvent, type OutgoingEvent } from '#events/envelope';
import { activityCancelled, activityMoved, activityScheduled } from '#events/planning/planning-events';
import type { Activity } from './activity';

const activityData = (activity: Activity) => ({
  activityId: activity.id,
  projectId: activity.projectId,
  title: activity.title,
  version: activity.version,
  concerned: { personIds: activity.personIds, classIds: activity.classIds, placeIds: activity.placeIds },
  conflictsAccepted: activity.conflictsAccepted,
});

export const scheduledEvent = (
  activity: Activity,
  occurrences: number,
  context: EventContext,
): OutgoingEvent => newEvent(activityScheduled, { ...activityData(activity), occurrences }, context);

export const movedEvent = (
  activity: Activity,
  move: {
    scope: 'one' | 'following';
    from: { date: string; start: string; end: string };
    to: { date: string; start: string; end: string };
  },
  context: EventContext,
): OutgoingEvent => newEvent(activityMoved, { ...activityData(activity), ...move }, context);

export const cancelledEvent = (
  activity: Activity,
  cancellation: { scope: 'one' | 'following' | 'all'; seriesDate?: string; reason?: string },
  context: EventContext,
): OutgoingEvent => newEvent(activityCancelled, { ...activityData(activity), ...cancellation }, context);

import { type OutgoingEvent, toOutgoingEvent } from '../../events/envelope';
import { activityCancelled, activityMoved, activityScheduled } from '../../events/planning/planning-events';
import type { IdGenerator } from '../shared/ports';
import type { Activity } from './activity';

type EventContext = { schoolId: string; newId: IdGenerator; occurredAt: string };

const activityData = (activity: Activity) => ({
  activityId: activity.id,
  projectId: activity.projectId,
  title: activity.title,
  version: activity.version,
  concerned: { personIds: activity.personIds, classIds: activity.classIds, placeIds: activity.placeIds },
  conflictsAccepted: activity.conflictsAccepted,
});

const metadata = (context: EventContext) => ({
  eventId: context.newId(),
  schoolId: context.schoolId,
  occurredAt: context.occurredAt,
});

export const scheduledEvent = (
  activity: Activity,
  occurrences: number,
  context: EventContext,
): OutgoingEvent =>
  toOutgoingEvent(activityScheduled, metadata(context), { ...activityData(activity), occurrences });

export const movedEvent = (
  activity: Activity,
  move: {
    scope: 'one' | 'following';
    from: { date: string; start: string; end: string };
    to: { date: string; start: string; end: string };
  },
  context: EventContext,
): OutgoingEvent => toOutgoingEvent(activityMoved, metadata(context), { ...activityData(activity), ...move });

export const cancelledEvent = (
  activity: Activity,
  cancellation: { scope: 'one' | 'following' | 'all'; seriesDate?: string; reason?: string },
  context: EventContext,
): OutgoingEvent =>
  toOutgoingEvent(activityCancelled, metadata(context), { ...activityData(activity), ...cancellation });

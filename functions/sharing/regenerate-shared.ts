import { regenerateShared } from '#domain/sharing/regenerate-shared';
import {
  activityCancelled,
  activityMoved,
  activityScheduled,
  projectUpdated,
} from '#events/planning/planning-events';
import { eventHandler } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { sharingPorts } from './adapters/sharing-ports';

const planningChanges = [activityScheduled, activityMoved, activityCancelled, projectUpdated] as const;

/** Target of the bus rule `regenerate-shared-plannings`: the feeds and mini-sites a planning change concerns. */
export const handler = eventHandler(planningChanges, async ({ data }) => {
  // An activity names whom it concerns; a project, its members and classes.
  const concerned =
    'concerned' in data
      ? data.concerned
      : { personIds: data.memberIds, classIds: data.classIds, placeIds: [] };
  const result = await regenerateShared({ projectId: data.projectId, ...concerned }, sharingPorts);
  log.info('Shared plannings regenerated', { ...result });
  // The others are written; throwing has Lambda try again (regenerating is idempotent), then dead-letter it.
  if (result.failed.length > 0) throw new Error(`Not regenerated: ${result.failed.join(', ')}`);
});

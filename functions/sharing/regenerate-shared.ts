import { type PlanningChangeScope, regenerateShared } from '#domain/sharing/regenerate-shared';
import { eventHandler, type ReadEvent } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { sharedPlanningChanges } from '#infra/definitions/bus/sharing';
import { sharingPorts } from './adapters/sharing-ports';

/**
 * Whom a change concerns: an activity names them; a project, its members and classes; a shift, its person (a shift
 * keeps its person when it changes, so the person of a ShiftChanged is the previous one too). A shift shows only in
 * its person's planning, not its production's.
 */
const scopeOf = ({ data }: ReadEvent<(typeof sharedPlanningChanges)[number]>): PlanningChangeScope => {
  if ('shiftId' in data) return { personIds: [data.personId], classIds: [], placeIds: [] };
  if ('concerned' in data) return { projectId: data.projectId, ...data.concerned };
  return { projectId: data.projectId, personIds: data.memberIds, classIds: data.classIds, placeIds: [] };
};

/** Target of the bus rule `regenerate-shared-plannings`: the feeds and mini-sites a planning change concerns. */
export const handler = eventHandler(sharedPlanningChanges, async (event) => {
  const result = await regenerateShared(scopeOf(event), sharingPorts);
  log.info('Shared plannings regenerated', { ...result });
  // The others are written; throwing has Lambda try again (regenerating is idempotent), then dead-letter it.
  if (result.failed.length > 0) throw new Error(`Not regenerated: ${result.failed.join(', ')}`);
});

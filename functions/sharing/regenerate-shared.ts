import middy from '@middy/core';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { regenerateShared } from '../../domain/sharing/regenerate-shared';
import type { EventEnvelope } from '../../events/envelope';
import { eventLogKeys, log, withInvocationLog } from '../lib/logger';
import { sharingPorts } from './adapters/sharing-ports';

type PlanningChange = EventEnvelope<{
  projectId: string;
  concerned?: { personIds: string[]; classIds: string[]; placeIds: string[] };
  memberIds?: string[];
  classIds?: string[];
}>;

/** Target of the bus rule `regenerate-shared-plannings`: the feeds and mini-sites a planning change concerns. */
export const handler = withInvocationLog<EventBridgeEvent<string, PlanningChange>, Context, void>(
  eventLogKeys,
  middy<EventBridgeEvent<string, PlanningChange>, void>().handler(async (event) => {
    const { data } = event.detail;
    const result = await regenerateShared(
      {
        projectId: data.projectId,
        personIds: data.concerned?.personIds ?? data.memberIds ?? [],
        classIds: data.concerned?.classIds ?? data.classIds ?? [],
        placeIds: data.concerned?.placeIds ?? [],
      },
      sharingPorts,
    );
    log.info('Shared plannings regenerated', { ...result });
    // The others are written; throwing has the bus try again (regenerating is idempotent), then dead-letter it.
    if (result.failed.length > 0) throw new Error(`Not regenerated: ${result.failed.join(', ')}`);
  }),
);

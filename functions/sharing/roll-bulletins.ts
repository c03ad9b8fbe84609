import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { rollDailyBulletins } from '../../domain/sharing/regenerate-shared';
import { log, withInvocationLog } from '../lib/logger';
import { sharingPorts } from './adapters/sharing-ports';

/** Target of the schedule `roll-daily-bulletins`: the mini-sites with a daily bulletin, written for the new day. */
export const handler = withInvocationLog<unknown, Context, void>(
  (_event, context) => ({ event: 'roll-daily-bulletins', requestId: context?.awsRequestId }),
  middy<unknown, void>().handler(async () => {
    const { sites, failed } = await rollDailyBulletins(sharingPorts);
    log.info('Daily bulletins rolled', { sites, failed });
    if (failed.length > 0) throw new Error(`Not rolled: ${failed.join(', ')}`);
  }),
);

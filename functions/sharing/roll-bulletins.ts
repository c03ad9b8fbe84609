import { rollDailyBulletins } from '#domain/sharing/regenerate-shared';
import { scheduleHandler } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { sharingPorts } from './adapters/sharing-ports';

/** Target of the schedule `roll-daily-bulletins`: the mini-sites with a daily bulletin, written for the new day. */
export const handler = scheduleHandler('roll-daily-bulletins', async () => {
  const { sites, failed } = await rollDailyBulletins(sharingPorts);
  log.info('Daily bulletins rolled', { sites, failed });
  if (failed.length > 0) throw new Error(`Not rolled: ${failed.join(', ')}`);
});

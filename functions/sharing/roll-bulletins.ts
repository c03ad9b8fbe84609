import { rollDailyBulletins } from '../../domain/sharing/regenerate-shared';
import { scheduleHandler } from '../lib/event-handler';
import { sharingPorts } from './adapters/sharing-ports';

/** Target of the schedule `roll-daily-bulletins`: the mini-sites with a daily bulletin, written for the new day. */
export const handler = scheduleHandler(async () => {
  const { sites, failed } = await rollDailyBulletins(sharingPorts);
  console.log(JSON.stringify({ level: 'info', message: 'Daily bulletins rolled', sites, failed }));
  if (failed.length > 0) throw new Error(`Not rolled: ${failed.join(', ')}`);
});

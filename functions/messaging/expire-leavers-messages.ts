import { expireLeaversMessages } from '#domain/messaging/expire-leavers';
import { requireEnv } from '#functions/lib/env';
import { scheduleHandler } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoLeavers } from './adapters/dynamo-leavers';

const ports = {
  ...dynamoLeavers(requireEnv(functionEnvironment.tableName)),
  clock: { now: () => new Date() },
};

/** Target of the schedule `expire-leavers-messages`: the messages of those who left are removed within three months. */
export const handler = scheduleHandler('expire-leavers-messages', async () => {
  const done = await expireLeaversMessages(ports);
  log.info('Leavers’ messages set to expire', done);
});

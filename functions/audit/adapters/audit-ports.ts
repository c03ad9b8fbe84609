import { randomUUID } from 'node:crypto';
import { requireEnv } from '#functions/lib/env';
import { todayIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoAuditSettings } from './dynamo-audit-settings';
import { dynamoAuditTrail } from './dynamo-audit-trail';

const tableName = requireEnv(functionEnvironment.tableName);
const timeZone = requireEnv(functionEnvironment.timeZone);

/** The ports of the audit handlers: the only place they are composed. */
export const auditReadPorts = {
  relations: directory,
  trail: dynamoAuditTrail(tableName),
  school: { timeZone },
  today: () => todayIn(timeZone),
};

export const auditSettingsPorts = {
  relations: directory,
  settings: dynamoAuditSettings(tableName),
  clock: { now: () => new Date() },
  newId: randomUUID,
};

import { randomUUID } from 'node:crypto';
import { functionEnvironment } from '../../../infra/definitions/environment';
import { requireEnv } from '../../lib/env';
import { todayIn } from '../../lib/school-today';
import { directory } from '../../people/adapters/directory';
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

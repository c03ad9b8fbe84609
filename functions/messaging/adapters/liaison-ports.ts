import { randomUUID } from 'node:crypto';
import type { LiaisonPorts } from '#domain/messaging/liaison-ports';
import { requireEnv } from '#functions/lib/env';
import { todayIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { directoryGuardians } from './directory-guardians';
import { dynamoLiaison } from './dynamo-liaison';

const tableName = requireEnv(functionEnvironment.tableName);
const timeZone = requireEnv(functionEnvironment.timeZone);

export const liaisonPorts: LiaisonPorts = {
  notes: dynamoLiaison(tableName),
  audience: directoryGuardians(directory),
  directory,
  clock: { now: () => new Date() },
  today: () => todayIn(timeZone),
  newId: randomUUID,
  school: { schoolId: requireEnv(functionEnvironment.schoolId) },
};

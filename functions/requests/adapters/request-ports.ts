import { randomUUID } from 'node:crypto';
import type { RequestPorts } from '#domain/requests/request-ports';
import { requireEnv } from '#functions/lib/env';
import { dynamoProjectStore } from '#functions/planning/adapters/dynamo-project-store';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoFormRequests } from './dynamo-form-requests';
import { dynamoRequestForms } from './dynamo-request-forms';

const tableName = requireEnv(functionEnvironment.tableName);

export const requestPorts: RequestPorts = {
  forms: dynamoRequestForms(tableName),
  requests: dynamoFormRequests(tableName),
  projects: dynamoProjectStore(tableName),
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: { schoolId: requireEnv(functionEnvironment.schoolId) },
};

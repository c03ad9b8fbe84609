import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SignInTrailPorts } from '#domain/audit/follow-sign-in';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { accountKeys } from '#infra/definitions/school-table';
import { dynamoAuditTrail } from './dynamo-audit-trail';

const tableName = requireEnv(functionEnvironment.tableName);

/** What the sign-in handler records each attempt with. */
export const signInTrail: SignInTrailPorts = {
  recorder: dynamoAuditTrail(tableName),
  async personOfUsername(username) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: accountKeys.username(username) }),
    );
    return typeof Item?.personId === 'string' ? Item.personId : undefined;
  },
  clock: { now: () => new Date() },
  newId: randomUUID,
};

import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { entryOfActivationBatch } from '#domain/audit/audit-entries';
import type { ActivationBatch } from '#domain/identity/activation-batch';
import type { BatchStore } from '#domain/identity/issue-activation-codes';
import type { Person } from '#domain/people/person';
import { StaleVersionError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { stillAtVersion } from '#functions/lib/version-condition';
import { put, writeRequests } from '#functions/lib/write-requests';
import { toChangeItem } from '#functions/people/adapters/change-item';
import { toPersonItem } from '#functions/people/adapters/person-item';
import { accountKeys } from '#infra/definitions/school-table';

/**
 * New usernames are written first, each only if the person did not change meanwhile; then the codes, 25 at a time,
 * and the batch record. A failure half-way leaves codes nobody has seen: no document was made, and they expire on
 * their own (TTL).
 */
export const dynamoBatchStore = (
  tableName: string,
): BatchStore & { find(batchId: string): Promise<ActivationBatch | undefined> } => ({
  async save(batch, codes, named, changes) {
    await Promise.all(named.map((person) => replacePerson(tableName, person)));
    const expiresAt = Math.floor(Date.parse(batch.expiresAt) / 1000);
    const items = [
      ...codes.map((code) => ({
        ...accountKeys.code(code.codeHash),
        entity: 'activation-code',
        personId: code.personId,
        batchId: code.batchId,
        issuedAt: code.issuedAt,
        expiresAtIso: code.expiresAt,
        expiresAt,
      })),
      ...changes.map(toChangeItem),
      (await auditItemsOf(tableName))(entryOfActivationBatch(batch)),
      { ...accountKeys.batch(batch.batchId), entity: 'activation-batch', ...batch },
    ];
    await writeRequests(tableName, items.map(put));
  },

  async find(batchId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: accountKeys.batch(batchId) }),
    );
    if (!Item) return undefined;
    const { PK: _pk, SK: _sk, entity: _entity, ...batch } = Item;
    return batch as ActivationBatch;
  },
});

const replacePerson = async (tableName: string, person: Person) => {
  try {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: toPersonItem(person),
        ...stillAtVersion(person.version - 1),
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new StaleVersionError('person', person.personId, person.version - 1);
    }
    throw error;
  }
};

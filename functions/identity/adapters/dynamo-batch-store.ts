import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ActivationBatch } from '../../../domain/identity/activation-batch';
import type { BatchStore } from '../../../domain/identity/issue-activation-codes';
import { accountKeys } from '../../../infra/definitions/school-table';
import { documentClient } from '../../lib/clients/dynamodb';
import { toPersonItem } from '../../people/adapters/person-item';

const batchWriteLimit = 25;

/**
 * Codes are written in batches of 25, then the batch record. A failure half-way leaves codes nobody has seen:
 * no document was made, and they expire on their own (TTL).
 */
export const dynamoBatchStore = (
  tableName: string,
): BatchStore & { find(batchId: string): Promise<ActivationBatch | undefined> } => ({
  async save(batch, codes, named) {
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
      ...named.map(toPersonItem),
      { ...accountKeys.batch(batch.batchId), entity: 'activation-batch', ...batch },
    ];
    for (let start = 0; start < items.length; start += batchWriteLimit) {
      let requests = items.slice(start, start + batchWriteLimit).map((Item) => ({ PutRequest: { Item } }));
      while (requests.length > 0) {
        const { UnprocessedItems } = await documentClient.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
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

import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '#events/envelope';
import { documentClient } from './clients/dynamodb';
import { toOutboxItem } from './outbox';

export type ConditionalPut = Omit<
  NonNullable<NonNullable<TransactWriteCommandInput['TransactItems']>[number]['Put']>,
  'TableName'
>;

/**
 * An item and the events announcing its change, in one transaction (the outbox): both are stored or neither. The
 * item's condition is the transaction's first, which `failedOnCondition(error)` reads.
 */
export const putWithEvents = (tableName: string, put: ConditionalPut, events: readonly OutgoingEvent[]) => {
  const now = new Date();
  return documentClient.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: tableName, ...put } },
        ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
      ],
    }),
  );
};

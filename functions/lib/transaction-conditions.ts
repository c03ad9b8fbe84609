import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Whether a transaction was refused because the condition of its item at `index` did not hold. */
export const failedOnCondition = (error: unknown, index = 0) =>
  error instanceof TransactionCanceledException &&
  error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';

/** An item's key as one text, to tell which items of a version a transaction keeps and which it removes. */
export const keyText = (key: { PK: string; SK: string }) => `${key.PK}\u0000${key.SK}`;

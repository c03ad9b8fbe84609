import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Whether a transaction was refused because the condition of its item at `index` did not hold. */
export const failedOnCondition = (error: unknown, index = 0) =>
  error instanceof TransactionCanceledException &&
  error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';

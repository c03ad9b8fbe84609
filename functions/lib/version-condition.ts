/**
 * The condition of a put that replaces a versioned item: it still has the version the caller read. Spread into a
 * Put (or a transaction's Put); a refusal is a stale read, not a failure.
 */
export const stillAtVersion = (expectedVersion: number) => ({
  ConditionExpression: '#version = :expected',
  ExpressionAttributeNames: { '#version': 'version' },
  ExpressionAttributeValues: { ':expected': expectedVersion },
});

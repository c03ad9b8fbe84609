/**
 * The school table: one DynamoDB table per school, single-table design.
 * This module is the one source of truth for its key schema and indexes: the CDK stack, the local platform and
 * the repositories all read it. Each module's keys, with its access patterns, are in `table/<module>-keys.ts`; every
 * access pattern there is a key or index look-up; none scans. A key prefix belongs to one module
 * (`table/key-prefixes.ts`, held by `test/unit/platform/table-keys.test.ts`).
 *
 * Outbox items are written in the same transaction as the change they announce; the table's stream hands each
 * new one to the relay function (`table/outbox-keys.ts`).
 */
export const schoolTable = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLiveAttribute: 'expiresAt',
  /** The stream carries new items to the outbox relay; new images are all it needs. */
  streamView: 'NEW_IMAGE',
  indexes: [
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
  ],
} as const;

export * from './table/index';

/** Every module's keys in the school table: one line per module, each file with its access patterns. */
export * from './attendance-keys';
export * from './audit-keys';
export * from './booking-keys';
export * from './homework-keys';
export * from './identity-keys';
export * from './imports-keys';
export * from './journal-keys';
export * from './messaging-keys';
export * from './outbox-keys';
export * from './people-keys';
export * from './places-keys';
export * from './planning-keys';
export * from './requests-keys';
export * from './sales-keys';
export * from './seed-keys';
export * from './sharing-keys';

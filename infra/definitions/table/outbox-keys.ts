import { keyPrefixes } from './key-prefixes';

/**
 * The outbox: events written in the same transaction as the change they announce; the table's stream hands each
 * new one to the relay function, which puts it on the school's bus. They expire after a day.
 *
 * | pattern                                  | key condition                                          | index  |
 * |------------------------------------------|--------------------------------------------------------|--------|
 * | an event waiting for the bus             | PK = OUTBOX#<eventId>, SK = EVENT; read off the stream | stream |
 */
export const outboxKeyPrefixes = keyPrefixes('outbox', { partitions: ['OUTBOX#'] });

export const outboxKeys = {
  event: (eventId: string) => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' }),
  /** The attribute value that marks an outbox item, which the stream filter of the relay selects. */
  entity: 'outbox',
};

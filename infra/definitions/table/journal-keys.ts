import { keyPrefixes } from './key-prefixes';

/**
 * The journal of changes (every event the school's bus carried, by day) in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | journal of changes of a day, by time     | PK = JOURNAL#<yyyy-mm-dd>, SK begins_with ''           | table |
 */
export const journalKeyPrefixes = keyPrefixes('journal', { partitions: ['JOURNAL#'] });

export const journalKeys = {
  entry: (occurredAt: string, eventId: string) => ({
    PK: `JOURNAL#${occurredAt.slice(0, 10)}`,
    SK: `${occurredAt}#${eventId}`,
  }),
  day: (day: string) => ({ PK: `JOURNAL#${day}` }),
};

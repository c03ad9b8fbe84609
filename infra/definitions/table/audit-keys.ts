import { keyPrefixes } from './key-prefixes';

/**
 * The audit trail in the school table: a partition per month, and by subject, actor and action in the indexes.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | audit trail of a month, newest first     | PK = AUDIT#<yyyy-mm>, SK BETWEEN <from> AND <to>       | table |
 * | audit trail of a subject (person, feed…) | GSI1PK = AUDIT-OF#<subjectId>, GSI1SK BETWEEN          | GSI1  |
 * | audit trail of an actor (person, job…)   | GSI2PK = AUDIT-BY#<actorId>, GSI2SK BETWEEN            | GSI2  |
 * | audit trail of an action                 | GSI3PK = AUDIT-DID#<action>, GSI3SK BETWEEN            | GSI3  |
 * | the audit trail's settings (retention)   | PK = SETTINGS, SK = AUDIT                              | table |
 *
 * Audit entries (`<at>#<entryId>` in every sort key, the instant in UTC) sit in a partition per month (a year is 13
 * queries at most) and in one index partition by subject, actor and action; a query picks the most selective key
 * it is given and filters the rest. They expire by TTL (`expiresAt`) after the school's retention.
 */
export const auditKeyPrefixes = keyPrefixes('audit', {
  partitions: ['AUDIT#', 'AUDIT-OF#', 'AUDIT-BY#', 'AUDIT-DID#', 'SETTINGS'],
});

export const auditKeys = {
  entry: (at: string, entryId: string) => ({ PK: `AUDIT#${at.slice(0, 7)}`, SK: `${at}#${entryId}` }),
  /** The partition of a month (`yyyy-mm`). */
  month: (month: string) => `AUDIT#${month}`,
  ofSubject: (subjectId: string) => ({ index: 'GSI1', partitionKey: `AUDIT-OF#${subjectId}` }) as const,
  byActor: (actorId: string) => ({ index: 'GSI2', partitionKey: `AUDIT-BY#${actorId}` }) as const,
  ofAction: (action: string) => ({ index: 'GSI3', partitionKey: `AUDIT-DID#${action}` }) as const,
  indexAttributes: (entry: {
    at: string;
    entryId: string;
    subjectId: string;
    actorId: string;
    action: string;
  }) => {
    const sortKey = `${entry.at}#${entry.entryId}`;
    return {
      GSI1PK: `AUDIT-OF#${entry.subjectId}`,
      GSI1SK: sortKey,
      GSI2PK: `AUDIT-BY#${entry.actorId}`,
      GSI2SK: sortKey,
      GSI3PK: `AUDIT-DID#${entry.action}`,
      GSI3SK: sortKey,
    };
  },
  settings: () => ({ PK: 'SETTINGS', SK: 'AUDIT' }),
};

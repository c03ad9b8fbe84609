import type { AuditEntry, StoredAuditEntry } from '#domain/audit/audit-entry';
import { expiryOf } from '#domain/audit/audit-settings';
import { auditKeys } from '#infra/definitions/school-table';

/** An entry as an item: in its month, in its subject's, actor's and action's index partitions, with its TTL. */
export const toAuditItem = (entry: AuditEntry, retentionDays: number) => {
  const expiresAtIso = expiryOf(entry.at, retentionDays);
  return {
    ...auditKeys.entry(entry.at, entry.entryId),
    ...auditKeys.indexAttributes({
      at: entry.at,
      entryId: entry.entryId,
      subjectId: entry.subject.id,
      actorId: entry.actor.id,
      action: entry.action,
    }),
    entity: 'audit-entry',
    entryId: entry.entryId,
    at: entry.at,
    action: entry.action,
    actorKind: entry.actor.kind,
    actorId: entry.actor.id,
    subjectKind: entry.subject.kind,
    subjectId: entry.subject.id,
    details: entry.details,
    expiresAtIso,
    /** Seconds since the epoch: what DynamoDB's TTL reads. */
    expiresAt: Math.floor(Date.parse(expiresAtIso) / 1000),
  };
};

export const fromAuditItem = (item: Record<string, unknown>): StoredAuditEntry => ({
  entryId: String(item.entryId),
  at: String(item.at),
  actor: { kind: item.actorKind, id: String(item.actorId) } as StoredAuditEntry['actor'],
  action: item.action as StoredAuditEntry['action'],
  subject: { kind: item.subjectKind, id: String(item.subjectId) } as StoredAuditEntry['subject'],
  details: (item.details ?? {}) as StoredAuditEntry['details'],
  expiresAt: String(item.expiresAtIso),
});

import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { entryOfPersonalDataChange } from '#domain/audit/audit-entries';
import { type AuditSettingsStore, defaultAuditSettings } from '#domain/audit/audit-settings';
import type { PersonalDataChange } from '#domain/people/personal-data-change';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { auditKeys } from '#infra/definitions/school-table';
import { toAuditItem } from './audit-item';

const readSettings = async (tableName: string) => {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName, Key: auditKeys.settings(), ConsistentRead: true }),
  );
  return typeof Item?.retentionDays === 'number'
    ? { retentionDays: Item.retentionDays }
    : { ...defaultAuditSettings };
};

export const dynamoAuditSettings = (tableName: string): AuditSettingsStore => ({
  get: () => readSettings(tableName),

  async put(settings, change) {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: { ...auditKeys.settings(), entity: 'audit-settings', ...settings },
            },
          },
          { Put: { TableName: tableName, Item: toAuditItem(change, settings.retentionDays) } },
        ],
      }),
    );
  },
});

/**
 * Audit items stamped with the school's retention, read once for a write: each adapter that records a change
 * adds these items to the change's own transaction or batch.
 */
export const auditItemsOf = async (tableName: string) => {
  const { retentionDays } = await readSettings(tableName);
  return (entry: Parameters<typeof toAuditItem>[0]) => toAuditItem(entry, retentionDays);
};

/** The audit items of changes of personal data, to write beside the changes themselves. */
export const auditItemsOfChanges = async (tableName: string, changes: readonly PersonalDataChange[]) => {
  const itemOf = await auditItemsOf(tableName);
  return changes.flatMap((change) => {
    const entry = entryOfPersonalDataChange(change);
    return entry ? [itemOf(entry)] : [];
  });
};

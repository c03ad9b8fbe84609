import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type MessagingSettingsStore, messagingSettingsOf } from '#domain/messaging/messaging-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { messagingRuleKeys } from '#infra/definitions/school-table';

/** The school's settings of its messages: one item, read at each decision (a key look-up). */
export const dynamoMessagingSettings = (tableName: string): MessagingSettingsStore => ({
  async read() {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: messagingRuleKeys.settings() }),
    );
    return messagingSettingsOf(Item);
  },
  async save(settings, by, at) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...messagingRuleKeys.settings(),
          entity: 'messaging-settings',
          ...settings,
          changedBy: by,
          changedAt: at,
        },
      }),
    );
  },
});

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { put, type WriteRequest, writeRequests } from '#functions/lib/write-requests';
import { personKeys } from '#infra/definitions/school-table';
import { directoryIndexItems, fromPersonItem } from './person-item';

/**
 * Gives every active person the look-up items of the name search and the group rosters (`directoryIndexItems`):
 * the migration of a directory written before they existed. It reads the 27 partitions of people by name (no
 * scan) and puts whole items keyed by stable ids, so it can run again at any time and changes nothing twice.
 */
export const reindexDirectory = async (tableName: string, { client = documentClient } = {}) => {
  let people = 0;
  const requests: WriteRequest[] = [];
  for (const initial of personKeys.nameInitials) {
    const { index, partitionKey } = personKeys.byName(initial);
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': `${index}PK` },
          ExpressionAttributeValues: { ':pk': partitionKey },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        people += 1;
        requests.push(...directoryIndexItems(fromPersonItem(item)).map(put));
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }
  await writeRequests(tableName, requests, { client });
  return { people, written: requests.length };
};

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { timeKeys } from '#infra/definitions/school-table';

/**
 * Whether a person has a contract in the technical team: one key look-up of their contracts' item, for the
 * portal's menu (« Mes heures »). Contracts are kept while in force or ended within 12 months.
 */
export const hasTimeContract = async (tableName: string, personId: string) => {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName,
      Key: timeKeys.contracts(personId),
      ProjectionExpression: 'contracts',
    }),
  );
  return Array.isArray(Item?.contracts) && Item.contracts.length > 0;
};

import { queryAll } from '#functions/lib/query-all';
import { workGroupKeys } from '#infra/definitions/school-table';

/**
 * The members of work groups for the audience of messages (H2's `WorkGroupRoster`): a group's member ids, one query
 * of its partition's member items; a person's group ids, one query of the index.
 */
export const workGroupRoster = (tableName: string) => ({
  async membersOf(groupId: string): Promise<string[]> {
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :member)',
      ExpressionAttributeValues: { ':pk': workGroupKeys.partition(groupId), ':member': 'MEMBER#' },
      ProjectionExpression: '#member.personId',
      ExpressionAttributeNames: { '#member': 'member' },
    });
    return items.map((item) => (item.member as { personId: string }).personId);
  },

  async groupsOf(personId: string): Promise<string[]> {
    const { index, partitionKey } = workGroupKeys.groupsOf(personId);
    const items = await queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': partitionKey },
      ProjectionExpression: 'GSI1SK',
    });
    return items.map((item) => String(item.GSI1SK));
  },
});

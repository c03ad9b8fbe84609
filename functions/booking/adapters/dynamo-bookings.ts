import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { BookingRequest, BookingStore } from '../../../domain/booking/booking-ports';
import type { BookingRule } from '../../../domain/booking/booking-rule';
import { StaleVersionError } from '../../../domain/shared/errors';
import { bookingKeys } from '../../../infra/definitions/school-table';
import { documentClient } from '../../lib/clients/dynamodb';
import { queryPartition } from '../../lib/query-all';
import { stillAtVersion } from '../../lib/version-condition';

const fromItem = (item: Record<string, unknown>) => item.request as BookingRequest;

export const dynamoBookings = (tableName: string): BookingStore => ({
  async rules() {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: bookingKeys.rules() }),
    );
    return (Item?.rules as BookingRule[] | undefined) ?? [];
  },

  async saveRules(rules) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...bookingKeys.rules(), entity: 'booking-rules', rules },
      }),
    );
  },

  async getRequest(requestId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: bookingKeys.request(requestId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  async putRequest(request, expectedVersion) {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...bookingKeys.request(request.requestId),
            ...bookingKeys.requestIndexAttributes(request),
            entity: 'booking-request',
            version: request.version,
            request,
          },
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : stillAtVersion(expectedVersion)),
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') {
        throw new StaleVersionError('booking request', request.requestId, expectedVersion ?? 0);
      }
      throw error;
    }
  },

  async requests(selection) {
    const partition =
      'status' in selection
        ? bookingKeys.byStatus(selection.status)
        : bookingKeys.ofStudent(selection.studentId);
    return (await queryPartition(tableName, partition)).map(fromItem);
  },
});

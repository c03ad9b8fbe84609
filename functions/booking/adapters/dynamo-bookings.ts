import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { BookingRequest, BookingStore } from '#domain/booking/booking-ports';
import type { BookingRule } from '#domain/booking/booking-rule';
import type { BookingLimit } from '#domain/booking/decide-booking';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { putVersionedWithEvents } from '#functions/lib/put-versioned-with-events';
import { queryPartition } from '#functions/lib/query-all';
import { bookingKeys } from '#infra/definitions/school-table';

const fromItem = (item: Record<string, unknown>): BookingRequest => {
  const { reasons, ...request } = item.request as BookingRequest & { reasons?: string[] };
  return reasons ? { ...request, limits: reasons.map(limitOfReason) } : request;
};

/** Requests stored before the limits had codes named them in English sentences, of these three forms. */
const limitOfReason = (reason: string): BookingLimit => {
  const number = Number(reason.match(/\d+(\.\d+)?/)?.[0]);
  if (reason.endsWith('booked that week')) return { code: 'hours', hoursPerWeek: number };
  if (reason.endsWith('days ahead')) return { code: 'horizon', daysAhead: number };
  return { code: 'window' };
};

/** The local platform's seed sets the rules with a client of its own; functions use theirs. */
export const dynamoBookings = (
  tableName: string,
  client: DynamoDBDocumentClient = documentClient,
): BookingStore => ({
  async rules() {
    const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: bookingKeys.rules() }));
    return (Item?.rules as BookingRule[] | undefined) ?? [];
  },

  async saveRules(rules) {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...bookingKeys.rules(), entity: 'booking-rules', rules },
      }),
    );
  },

  async getRequest(requestId) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: bookingKeys.request(requestId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  async putRequest(request, expectedVersion, events) {
    const item = {
      ...bookingKeys.request(request.requestId),
      ...bookingKeys.requestIndexAttributes(request),
      entity: 'booking-request',
      version: request.version,
      request,
    };
    await putVersionedWithEvents(
      tableName,
      { item, expectedVersion, resource: 'booking request', id: request.requestId },
      events,
    );
  },

  async bookedMinutes({ personId, monday }) {
    const { Item } = await client.send(
      new GetCommand({
        TableName: tableName,
        Key: bookingKeys.bookedMinutes(personId, monday),
        ConsistentRead: true,
      }),
    );
    return Item ? Number(Item.minutes) : undefined;
  },

  async requests(selection) {
    const partition =
      'status' in selection
        ? bookingKeys.byStatus(selection.status)
        : bookingKeys.ofStudent(selection.studentId);
    return (await queryPartition(tableName, partition)).map(fromItem);
  },
});

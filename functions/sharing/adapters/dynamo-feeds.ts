import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarFeed, FeedSelection } from '#domain/sharing/calendar-feed';
import type { FeedStore } from '#domain/sharing/sharing-ports';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll, queryPartition } from '#functions/lib/query-all';
import { put, writeRequests } from '#functions/lib/write-requests';
import { sharingKeys } from '#infra/definitions/school-table';
import { revokeRecord } from './revoke-record';
import { sourceLinkWrites } from './source-links';

const fromItem = (item: Record<string, unknown>) => item.feed as CalendarFeed;

export const dynamoFeeds = (tableName: string): FeedStore => ({
  async get(feedId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: sharingKeys.feed(feedId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  /** The feed, the link in its maker's partition, and one link per resource it shows (none once revoked). */
  async put(feed, shows, audit) {
    const key = sharingKeys.feed(feed.feedId);
    const link = ({ kind, id }: FeedSelection) => ({
      ...sharingKeys.feedOf(kind, id, feed.feedId),
      entity: 'feed-link',
      feedId: feed.feedId,
    });
    const links = await sourceLinkWrites(tableName, key, shows, link);
    await writeRequests(tableName, [
      put({ ...key, ...sharingKeys.feedIndexAttributes(feed), entity: 'feed', feed, shows }),
      put({
        ...sharingKeys.feedBy(feed.createdBy.personId, feed.feedId),
        entity: 'feed-link',
        feedId: feed.feedId,
      }),
      ...links,
      ...(audit ? [put((await auditItemsOf(tableName))(audit))] : []),
    ]);
  },

  async showing({ kind, id }) {
    return (await queryPartition(tableName, sharingKeys.feedsOf(kind, id))).map((item) =>
      String(item.feedId),
    );
  },

  async madeBy(personId) {
    const links = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :feed)',
      ExpressionAttributeValues: {
        ':pk': sharingKeys.feedBy(personId, '').PK,
        ':feed': sharingKeys.feedPrefix,
      },
    });
    return (
      await batchGet(
        tableName,
        links.map((link) => sharingKeys.feed(String(link.feedId))),
      )
    ).map(fromItem);
  },

  async active() {
    return (await queryPartition(tableName, sharingKeys.activeFeeds())).map(fromItem);
  },

  async revoke(feedId, audit) {
    const item = await revokeRecord(
      tableName,
      sharingKeys.feed(feedId),
      'feed',
      ({ kind, id }) => sharingKeys.feedOf(kind, id, feedId),
      audit && (await auditItemsOf(tableName))(audit),
    );
    return item && fromItem(item);
  },
});

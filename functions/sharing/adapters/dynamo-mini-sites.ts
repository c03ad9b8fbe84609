import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedSelection } from '#domain/sharing/calendar-feed';
import type { MiniSite } from '#domain/sharing/mini-site/mini-site';
import type { MiniSiteStore } from '#domain/sharing/sharing-ports';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryPartition } from '#functions/lib/query-all';
import { put, writeRequests } from '#functions/lib/write-requests';
import { sharingKeys } from '#infra/definitions/school-table';
import { revokeRecord } from './revoke-record';
import { sourceLinkWrites } from './source-links';

const fromItem = (item: Record<string, unknown>) => item.site as MiniSite;

export const dynamoMiniSites = (tableName: string): MiniSiteStore => ({
  async get(siteId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: sharingKeys.site(siteId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  /** The site, and one link per source it shows (none once revoked), which lead a planning change to it. */
  async put(site, sources, audit) {
    const key = sharingKeys.site(site.siteId);
    const link = ({ kind, id }: FeedSelection) => ({
      ...sharingKeys.siteOf(kind, id, site.siteId),
      entity: 'mini-site-link',
      siteId: site.siteId,
    });
    const links = await sourceLinkWrites(tableName, key, sources, link);
    await writeRequests(tableName, [
      put({ ...key, ...sharingKeys.siteIndexAttributes(site), entity: 'mini-site', site, shows: sources }),
      ...links,
      ...(audit ? [put((await auditItemsOf(tableName))(audit))] : []),
    ]);
  },

  async showing({ kind, id }) {
    return (await queryPartition(tableName, sharingKeys.sitesOf(kind, id))).map((item) =>
      String(item.siteId),
    );
  },

  async active() {
    return (await queryPartition(tableName, sharingKeys.activeSites())).map(fromItem);
  },

  async revoke(siteId, audit) {
    const item = await revokeRecord(
      tableName,
      sharingKeys.site(siteId),
      'site',
      ({ kind, id }) => sharingKeys.siteOf(kind, id, siteId),
      audit && (await auditItemsOf(tableName))(audit),
    );
    return item && fromItem(item);
  },
});

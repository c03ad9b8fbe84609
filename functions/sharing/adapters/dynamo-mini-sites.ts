import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { MiniSite } from '../../../domain/sharing/mini-site';
import type { MiniSiteStore } from '../../../domain/sharing/sharing-ports';
import { sharingKeys } from '../../../infra/definitions/school-table';
import { documentClient } from '../../lib/clients/dynamodb';
import { queryPartition } from '../../lib/query-all';
import { put, remove, writeRequests } from '../../lib/write-requests';

type Source = { kind: string; id: string };

const fromItem = (item: Record<string, unknown>) => item.site as MiniSite;

export const dynamoMiniSites = (tableName: string): MiniSiteStore => ({
  async get(siteId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: sharingKeys.site(siteId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  /** The site, and one link per source it shows (none once revoked), which lead a planning change to it. */
  async put(site, sources) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: sharingKeys.site(site.siteId), ConsistentRead: true }),
    );
    const before = (Item?.sources as Source[] | undefined) ?? [];
    const same = (a: Source) => (b: Source) => a.kind === b.kind && a.id === b.id;
    await writeRequests(tableName, [
      put({
        ...sharingKeys.site(site.siteId),
        ...sharingKeys.siteIndexAttributes(site),
        entity: 'mini-site',
        site,
        sources,
      }),
      ...before
        .filter((old) => !sources.some(same(old)))
        .map(({ kind, id }) => remove(sharingKeys.siteOf(kind, id, site.siteId))),
      ...sources
        .filter((source, index) => sources.findIndex(same(source)) === index)
        .map(({ kind, id }) =>
          put({
            ...sharingKeys.siteOf(kind, id, site.siteId),
            entity: 'mini-site-link',
            siteId: site.siteId,
          }),
        ),
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
});

import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedSelection } from '#domain/sharing/calendar-feed';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { put, remove, type WriteRequest } from '#functions/lib/write-requests';

const same = (a: FeedSelection) => (b: FeedSelection) => a.kind === b.kind && a.id === b.id;

/**
 * A shared planning (a feed, a mini-site) is found from each resource it shows by a link item in that resource's
 * partition: what a planning change reads to know what to regenerate. These are the writes that take the links
 * from what the stored item lists to `shows`; the item keeps the list, to be read the next time.
 */
export const sourceLinkWrites = async (
  tableName: string,
  key: Record<string, string>,
  shows: readonly FeedSelection[],
  link: (source: FeedSelection) => Record<string, unknown>,
): Promise<WriteRequest[]> => {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
  );
  const before = (Item?.shows as FeedSelection[] | undefined) ?? [];
  return [
    ...before.filter((old) => !shows.some(same(old))).map((old) => remove(keyOf(link(old)))),
    ...shows
      .filter((source, index) => shows.findIndex(same(source)) === index)
      .map((source) => put(link(source))),
  ];
};

const keyOf = ({ PK, SK }: Record<string, unknown>) => ({ PK, SK });

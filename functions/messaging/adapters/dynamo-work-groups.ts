import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentChangeError, GroupFullError } from '#domain/messaging/group-errors';
import type { WorkGroupStore } from '#domain/messaging/group-ports';
import {
  type GroupDocument,
  type GroupMember,
  type GroupPost,
  type GroupSpace,
  type GroupTopic,
  type Membership,
  maxGroupMembers,
  type WorkGroup,
} from '#domain/messaging/work-group';
import type { OutgoingEvent } from '#events/envelope';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { workGroupKeys } from '#infra/definitions/school-table';

/** The items of a group's partition, as the seed writes them too. */
export const memberItem = (group: WorkGroup, member: GroupMember) => ({
  ...workGroupKeys.member(group.id, member.personId),
  ...workGroupKeys.memberIndexAttributes(group.id, member.personId),
  entity: 'work-group-member',
  member,
  groupName: group.name,
  groupKind: group.kind,
});

export const groupItem = (group: WorkGroup) => ({
  ...workGroupKeys.group(group.id),
  entity: 'work-group',
  group,
});

const newItem = (tableName: string, Item: Record<string, unknown>) => ({
  Put: { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(PK)' },
});

/** How long a declared document waits for its file and its share. */
const pendingDocumentSeconds = 24 * 60 * 60;

/** The reason DynamoDB gave for each item of a cancelled transaction, or none for another error. */
const reasonsOf = (error: unknown) =>
  error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).map(({ Code }) => Code)
    : undefined;

export const dynamoWorkGroups = (tableName: string): WorkGroupStore => ({
  async space(groupId) {
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': workGroupKeys.partition(groupId) },
      ConsistentRead: true,
    });
    const group = items.find((item) => item.entity === 'work-group')?.group as WorkGroup | undefined;
    if (!group) return undefined;
    const of = <T>(entity: string, field: string) =>
      items.filter((item) => item.entity === entity).map((item) => item[field] as T);
    return {
      group,
      members: of<GroupMember>('work-group-member', 'member'),
      documents: of<GroupDocument>('work-group-document', 'document'),
      topics: of<GroupTopic>('work-group-topic', 'topic'),
    } satisfies GroupSpace;
  },

  async groupsOf(personId) {
    const { index, partitionKey } = workGroupKeys.groupsOf(personId);
    const items = await queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': partitionKey },
    });
    return items.map(
      (item): Membership => ({
        groupId: item.GSI1SK as string,
        name: item.groupName as string,
        kind: item.groupKind as Membership['kind'],
        role: (item.member as GroupMember).role,
      }),
    );
  },

  async create(group, members) {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          newItem(tableName, groupItem(group)),
          ...members.map((member) => newItem(tableName, memberItem(group, member))),
        ],
      }),
    );
  },

  /** The count is raised only while it leaves room for them all: the cap holds whatever runs at once. */
  async addMembers(group, members) {
    const room = maxGroupMembers - members.length;
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: workGroupKeys.group(group.id),
                UpdateExpression: 'SET #g.memberCount = #g.memberCount + :added',
                ConditionExpression: '#g.memberCount <= :room',
                ExpressionAttributeNames: { '#g': 'group' },
                ExpressionAttributeValues: { ':added': members.length, ':room': room },
              },
            },
            ...members.map((member) => newItem(tableName, memberItem(group, member))),
          ],
        }),
      );
    } catch (error) {
      const reasons = reasonsOf(error);
      if (!reasons) throw error;
      if (reasons[0] === 'ConditionalCheckFailed') {
        const space = await this.space(group.id);
        throw new GroupFullError(group.id, Math.max(0, maxGroupMembers - (space?.group.memberCount ?? 0)));
      }
      throw new ConcurrentChangeError(group.id);
    }
  },

  async removeMember(group, personId) {
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: tableName,
                Key: workGroupKeys.member(group.id, personId),
                ConditionExpression: 'attribute_exists(PK)',
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: workGroupKeys.group(group.id),
                UpdateExpression: 'SET #g.memberCount = #g.memberCount - :one',
                ExpressionAttributeNames: { '#g': 'group' },
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      );
    } catch (error) {
      // Removed meanwhile by someone else: the count went down with it.
      if (reasonsOf(error)?.[0] !== 'ConditionalCheckFailed') throw error;
    }
  },

  /** A declared document never shared is forgotten after a day (the table's TTL); sharing puts it without. */
  async putDocument(groupId, document) {
    const expiresAt = Math.floor(Date.parse(document.createdAt) / 1000) + pendingDocumentSeconds;
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...documentItem(groupId, document), ...(document.state === 'pending' && { expiresAt }) },
      }),
    );
  },

  /** Once only: the document must still be pending, so a second share announces nothing. */
  async shareDocument(groupId, document, events: readonly OutgoingEvent[]) {
    const now = new Date();
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...workGroupKeys.document(groupId, document.id),
                  entity: 'work-group-document',
                  document,
                },
                ConditionExpression: '#d.#s = :pending',
                ExpressionAttributeNames: { '#d': 'document', '#s': 'state' },
                ExpressionAttributeValues: { ':pending': 'pending' },
              },
            },
            ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
          ],
        }),
      );
    } catch (error) {
      if (reasonsOf(error)?.[0] !== 'ConditionalCheckFailed') throw error;
    }
  },

  async removeDocument(groupId, documentId) {
    await documentClient.send(
      new DeleteCommand({ TableName: tableName, Key: workGroupKeys.document(groupId, documentId) }),
    );
  },

  async addTopic(groupId, topic, firstPost) {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          newItem(tableName, {
            ...workGroupKeys.topic(groupId, topic.topicId),
            entity: 'work-group-topic',
            topic,
          }),
          newItem(tableName, postItem(firstPost)),
        ],
      }),
    );
  },

  async addPost(groupId, topic: GroupTopic, post: GroupPost) {
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: workGroupKeys.topic(groupId, topic.topicId),
              UpdateExpression: 'SET #t.lastActivityAt = :at, #t.postCount = #t.postCount + :one',
              ConditionExpression: 'attribute_exists(PK)',
              ExpressionAttributeNames: { '#t': 'topic' },
              ExpressionAttributeValues: { ':at': post.at, ':one': 1 },
            },
          },
          newItem(tableName, postItem(post)),
        ],
      }),
    );
  },

  async posts(topicId) {
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': workGroupKeys.posts(topicId) },
      ConsistentRead: true,
    });
    return items.map((item) => item.post as GroupPost);
  },

  async setMiniSite(groupId, miniSite) {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: workGroupKeys.group(groupId),
        UpdateExpression: 'SET #g.miniSite = :site, #g.updatedAt = :now',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#g': 'group' },
        ExpressionAttributeValues: { ':site': miniSite, ':now': new Date().toISOString() },
      }),
    );
  },
});

export const postItem = (post: GroupPost) => ({
  ...workGroupKeys.post(post.topicId, post.at, post.postId),
  entity: 'work-group-post',
  post,
});

/** Whether a person is a member of any group: one key look-up, for the portal's menu. */
export const isInWorkGroups = async (tableName: string, personId: string) => {
  const { index, partitionKey } = workGroupKeys.groupsOf(personId);
  const { Items = [] } = await documentClient.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: index,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': partitionKey },
      Limit: 1,
    }),
  );
  return Items.length > 0;
};

export const topicItem = (groupId: string, topic: GroupTopic) => ({
  ...workGroupKeys.topic(groupId, topic.topicId),
  entity: 'work-group-topic',
  topic,
});

export const documentItem = (groupId: string, document: GroupDocument) => ({
  ...workGroupKeys.document(groupId, document.id),
  entity: 'work-group-document',
  document,
});

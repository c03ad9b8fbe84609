import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { aboutKeyOf } from '#domain/messaging/liaison-audience';
import type { LiaisonCopy, LiaisonNote } from '#domain/messaging/liaison-note';
import { copyOf } from '#domain/messaging/liaison-note';
import type { LiaisonStore } from '#domain/messaging/liaison-ports';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { putWithEvents } from '#functions/lib/put-with-events';
import { queryAll } from '#functions/lib/query-all';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { put, writeRequests } from '#functions/lib/write-requests';
import { liaisonKeys } from '#infra/definitions/school-table';

/** A note as the table stores it (also the demo seed's). */
export const noteItem = (note: LiaisonNote) => ({
  ...liaisonKeys.note(note.id),
  ...liaisonKeys.noteIndexAttributes({
    id: note.id,
    authorId: note.author.personId,
    about: aboutKeyOf(note.to),
    postedAt: note.postedAt,
  }),
  entity: 'liaison-note',
  noteId: note.id,
  title: note.title,
  text: note.text,
  kind: note.kind,
  to: note.to,
  toLabel: note.toLabel,
  authorId: note.author.personId,
  authorName: note.author.name,
  postedAt: note.postedAt,
  guardianCount: note.guardianCount,
  signedCount: note.signedCount,
  ...(note.remindedOn && { remindedOn: note.remindedOn }),
});

const fromNoteItem = (item: Record<string, unknown>): LiaisonNote => ({
  id: String(item.noteId),
  title: String(item.title),
  text: String(item.text),
  kind: item.kind as LiaisonNote['kind'],
  to: item.to as LiaisonNote['to'],
  toLabel: String(item.toLabel),
  author: { personId: String(item.authorId), name: String(item.authorName) },
  postedAt: String(item.postedAt),
  guardianCount: Number(item.guardianCount),
  signedCount: Number(item.signedCount),
  ...(typeof item.remindedOn === 'string' && { remindedOn: item.remindedOn }),
});

/** A guardian's copy as the table stores it, its signature with it. */
export const copyItem = (copy: LiaisonCopy) => ({
  ...liaisonKeys.copy(copy.noteId, copy.guardianId),
  ...liaisonKeys.copyIndexAttributes(copy),
  entity: 'liaison-copy',
  noteId: copy.noteId,
  guardianId: copy.guardianId,
  title: copy.title,
  text: copy.text,
  kind: copy.kind,
  toLabel: copy.toLabel,
  authorId: copy.author.personId,
  authorName: copy.author.name,
  postedAt: copy.postedAt,
  ...(copy.signedAt && { signedAt: copy.signedAt }),
});

const fromCopyItem = (item: Record<string, unknown>): LiaisonCopy => ({
  noteId: String(item.noteId),
  guardianId: String(item.guardianId),
  title: String(item.title),
  text: String(item.text),
  kind: item.kind as LiaisonCopy['kind'],
  toLabel: String(item.toLabel),
  author: { personId: String(item.authorId), name: String(item.authorName) },
  postedAt: String(item.postedAt),
  ...(typeof item.signedAt === 'string' && { signedAt: item.signedAt }),
});

/** The liaison book in the school table: a note, one copy per guardian, every read a key or index look-up. */
export const dynamoLiaison = (tableName: string): LiaisonStore => {
  const getItem = async (Key: Record<string, string>) =>
    (await documentClient.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: true }))).Item;

  const newest = async ({ index, partitionKey }: { index: string; partitionKey: string }, limit: number) =>
    (
      await documentClient.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': `${index}PK` },
          ExpressionAttributeValues: { ':pk': partitionKey },
          ScanIndexForward: false,
          Limit: limit,
        }),
      )
    ).Items ?? [];

  const store: LiaisonStore = {
    async get(noteId) {
      const item = await getItem(liaisonKeys.note(noteId));
      return item ? fromNoteItem(item) : undefined;
    },

    add: (note, events) =>
      putWithEvents(
        tableName,
        { Item: noteItem(note), ConditionExpression: 'attribute_not_exists(PK)' },
        events,
      ).then(() => undefined),

    async addNewCopies(note, guardianIds) {
      await writeRequests(
        tableName,
        guardianIds.map((guardianId) => put(copyItem(copyOf(note, guardianId)))),
      );
    },

    async addMissingCopies(note, guardianIds) {
      const existing = await batchGet(
        tableName,
        guardianIds.map((guardianId) => liaisonKeys.copy(note.id, guardianId)),
        { consistent: true },
      );
      const there = new Set(existing.map((item) => String(item.guardianId)));
      const missing = guardianIds.filter((guardianId) => !there.has(guardianId));
      await writeRequests(
        tableName,
        missing.map((guardianId) => put(copyItem(copyOf(note, guardianId)))),
      );
      return missing.length;
    },

    async copy(noteId, guardianId) {
      const item = await getItem(liaisonKeys.copy(noteId, guardianId));
      return item ? fromCopyItem(item) : undefined;
    },

    async copies(noteId) {
      const { partitionKey, sortKeyPrefix } = liaisonKeys.copiesOf(noteId);
      const items = await queryAll(tableName, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': partitionKey, ':prefix': sortKeyPrefix },
        ConsistentRead: true,
      });
      return items.map(fromCopyItem);
    },

    /** The copy's condition holds the signature once; the note's counter moves in the same transaction. */
    async sign(noteId, guardianId, at) {
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: liaisonKeys.copy(noteId, guardianId),
                  UpdateExpression: 'SET signedAt = :at',
                  ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(signedAt)',
                  ExpressionAttributeValues: { ':at': at },
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: liaisonKeys.note(noteId),
                  UpdateExpression: 'ADD signedCount :one',
                  ConditionExpression: 'attribute_exists(PK)',
                  ExpressionAttributeValues: { ':one': 1 },
                },
              },
            ],
          }),
        );
        return { signed: at };
      } catch (error) {
        if (!failedOnCondition(error, 0) && !failedOnCondition(error, 1)) throw error;
        const copy = await store.copy(noteId, guardianId);
        return copy?.signedAt ? { alreadySignedAt: copy.signedAt } : 'no-copy';
      }
    },

    /** The note's condition holds one reminder a day; its events are stored with it or not at all. */
    async remind(noteId, today, events) {
      const now = new Date();
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: liaisonKeys.note(noteId),
                  UpdateExpression: 'SET remindedOn = :today',
                  ConditionExpression:
                    'attribute_exists(PK) AND (attribute_not_exists(remindedOn) OR remindedOn <> :today)',
                  ExpressionAttributeValues: { ':today': today },
                },
              },
              ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
            ],
          }),
        );
        return true;
      } catch (error) {
        if (failedOnCondition(error)) return false;
        throw error;
      }
    },

    async received(guardianId, limit) {
      return (await newest(liaisonKeys.receivedBy(guardianId), limit)).map(fromCopyItem);
    },

    async about(targets, limit) {
      const pages = await Promise.all(targets.map((target) => newest(liaisonKeys.about(target), limit)));
      return pages
        .flat()
        .map(fromNoteItem)
        .sort((a, b) => b.postedAt.localeCompare(a.postedAt))
        .slice(0, limit);
    },

    async writtenBy(authorId, limit) {
      return (await newest(liaisonKeys.writtenBy(authorId), limit)).map(fromNoteItem);
    },
  };
  return store;
};

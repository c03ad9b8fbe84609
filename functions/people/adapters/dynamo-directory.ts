import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { BatchDirectory } from '#domain/identity/issue-activation-codes';
import type { Person } from '#domain/people/person';
import type { SearchDirectory } from '#domain/people/search-people';
import { batchGet as batchGetItems } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll } from '#functions/lib/query-all';
import { classKeys, directoryIndexKeys, personKeys } from '#infra/definitions/school-table';
import { fromClassItem, fromPersonItem } from './person-item';

/** The directory read from the school table: every read is a key or index look-up (see school-table.ts). */
export const dynamoDirectory = (tableName: string): BatchDirectory & SearchDirectory => {
  const getItem = async (key: Record<string, string>) =>
    (await documentClient.send(new GetCommand({ TableName: tableName, Key: key }))).Item;

  const sortKeysUnder = (personId: string, prefix: string, attribute: string) =>
    queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': personKeys.partition(personId), ':prefix': prefix },
      ProjectionExpression: '#attribute',
      ExpressionAttributeNames: { '#attribute': attribute },
    }).then((items) => items.map((item) => String(item[attribute])));

  const indexQuery = ({ index, partitionKey }: { index: string; partitionKey: string }, prefix?: string) =>
    queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': `${index}PK`, ...(prefix && { '#sk': `${index}SK` }) },
      ExpressionAttributeValues: { ':pk': partitionKey, ...(prefix && { ':prefix': prefix }) },
    });

  const batchGet = (keys: Record<string, string>[]) => batchGetItems(tableName, keys);

  const byName = (a: Person, b: Person) =>
    a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr');

  const directory: BatchDirectory & SearchDirectory = {
    async person(personId) {
      const item = await getItem(personKeys.item(personId));
      return item ? fromPersonItem(item) : undefined;
    },
    async people(personIds) {
      const unique = [...new Set(personIds)];
      const items = await batchGet(unique.map(personKeys.item));
      return items.map(fromPersonItem).sort(byName);
    },
    childrenOf: (guardianId) => sortKeysUnder(guardianId, personKeys.prefixes.child, 'childId'),
    guardiansOf: (studentId) => sortKeysUnder(studentId, personKeys.prefixes.guardian, 'guardianId'),
    classesTaughtBy: (teacherId) => sortKeysUnder(teacherId, personKeys.prefixes.teaches, 'classId'),
    async schoolClass(classId) {
      const item = await getItem(classKeys.item(classId));
      return item ? fromClassItem(item) : undefined;
    },
    async schoolClasses(classIds) {
      const items = classIds
        ? await batchGet(classIds.map(classKeys.item))
        : await indexQuery(classKeys.all());
      return items
        .map(fromClassItem)
        .sort((a, b) => a.level.localeCompare(b.level, 'fr') || a.label.localeCompare(b.label, 'fr'));
    },
    /** A division's students are in its roster themselves; a group's members by a membership item each. */
    async studentsOf(classId) {
      const items = await indexQuery(personKeys.studentsOf(classId));
      const members = items
        .filter((item) => item.entity === 'group-member')
        .map((item) => String(item.personId));
      if (members.length === 0) return items.map(fromPersonItem);
      const inGroup = await directory.people(members);
      return [
        ...items.filter((item) => item.entity === 'person').map(fromPersonItem),
        ...inGroup.filter((person) => person.status !== 'retired' && person.groupIds?.includes(classId)),
      ].sort(byName);
    },
    async classesOfLevel(level) {
      return (await indexQuery(classKeys.all(), `${level}#`)).map((item) => String(item.classId));
    },
    async notActivated() {
      return (await indexQuery(personKeys.notActivated())).map(fromPersonItem);
    },
    async byNameWord(prefix) {
      const { index, partitionKey } = directoryIndexKeys.byNameWord(prefix);
      const items = await queryAll(tableName, {
        IndexName: index,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: {
          '#pk': `${index}PK`,
          '#sk': `${index}SK`,
          '#personId': 'personId',
          '#firstName': 'firstName',
          '#lastName': 'lastName',
        },
        ExpressionAttributeValues: { ':pk': partitionKey, ':prefix': prefix },
        ProjectionExpression: '#personId, #firstName, #lastName',
      });
      return items.map((item) => ({
        personId: String(item.personId),
        firstName: String(item.firstName),
        lastName: String(item.lastName),
      }));
    },
    ofKind: (kind) => directory.withProfile(kind),
    async withProfile(profile) {
      const members = await queryAll(tableName, {
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': personKeys.profileMember(profile, '').PK },
      });
      return directory.people(members.map((item) => String(item.personId)));
    },
    async isGuardianOf(guardianId, studentId) {
      return (await getItem(personKeys.guardian(studentId, guardianId))) !== undefined;
    },
    async teachesClass(teacherId, classId) {
      return (await getItem(personKeys.teaches(teacherId, classId))) !== undefined;
    },
    async classesOf(personId) {
      const person = await directory.person(personId);
      return [person?.classId, ...(person?.groupIds ?? [])].filter((id): id is string => id !== undefined);
    },
    async teachesStudent(teacherId, studentId) {
      const student = await directory.person(studentId);
      return student?.classId !== undefined && directory.teachesClass(teacherId, student.classId);
    },
  };
  return directory;
};

import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { isProfile } from '#domain/identity/profile';
import {
  type Audience,
  type AudiencePort,
  noWorkGroups,
  type WorkGroupRoster,
} from '#domain/messaging/audience';
import { type PersonTies, type TiesPort, writerProfiles } from '#domain/messaging/who-may-write';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll, queryPartition } from '#functions/lib/query-all';
import { classKeys, linkKeys, personKeys } from '#infra/definitions/school-table';

/** The staff list: the school's side that is not teaching (vie scolaire, secretariat, planners, administrators). */
const staffListProfiles = ['staff', 'planner', 'school-admin'] as const;

/** Above this many pupils, their guardians are read from the school's guardianship index (10 queries), not per pupil. */
const defaultPerPupilGuardiansLimit = 60;

const unique = (ids: Iterable<string>) => [...new Set(ids)];

/**
 * Audiences resolved from what the people module stores, by key and index look-ups only (never a scan): a class's
 * roster (GSI1), a level's classes (GSI1), a pupil's guardians (their partition) or a level's (the 10 guardianship
 * shards of GSI2), a class's teachers (the teaching links of GSI2), the staff (profile partitions), the school
 * (the 27 partitions of active people by name). Retired people are left out.
 */
export const dynamoAudience = (
  tableName: string,
  workGroups: WorkGroupRoster = noWorkGroups,
  { perPupilGuardiansLimit = defaultPerPupilGuardiansLimit } = {},
): AudiencePort & TiesPort => {
  const sortKeysUnder = (personId: string, prefix: string, attribute: string) =>
    queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': personKeys.partition(personId), ':prefix': prefix },
      ProjectionExpression: '#attribute',
      ExpressionAttributeNames: { '#attribute': attribute },
    }).then((items) => items.map((item) => String(item[attribute])));

  /** People's records, only the attributes the rule reads, 100 keys a call. */
  const records = async (personIds: readonly string[]) => {
    const found: Record<string, unknown>[] = [];
    const ids = unique(personIds);
    await Promise.all(
      Array.from({ length: Math.ceil(ids.length / 100) }, async (_, chunk) => {
        let pending: Record<string, unknown>[] | undefined = ids
          .slice(chunk * 100, chunk * 100 + 100)
          .map((id) => personKeys.item(id));
        for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
          if (attempt > 0)
            await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
          const result: BatchGetCommandOutput = await documentClient.send(
            new BatchGetCommand({
              RequestItems: {
                [tableName]: {
                  Keys: pending,
                  ProjectionExpression: '#id, #profiles, #status, #classId, #groupIds',
                  ExpressionAttributeNames: {
                    '#id': 'personId',
                    '#profiles': 'profiles',
                    '#status': 'status',
                    '#classId': 'classId',
                    '#groupIds': 'groupIds',
                  },
                },
              },
            }),
          );
          found.push(...(result.Responses?.[tableName] ?? []));
          pending = result.UnprocessedKeys?.[tableName]?.Keys;
        }
      }),
    );
    return found.filter((item) => item.status !== 'retired');
  };

  const activeAmong = async (personIds: readonly string[]) => {
    const active = new Set((await records(personIds)).map((item) => String(item.personId)));
    return unique(personIds).filter((id) => active.has(id));
  };

  const classesOf = (item: Record<string, unknown>) => [
    ...(typeof item.classId === 'string' ? [item.classId] : []),
    ...(Array.isArray(item.groupIds) ? item.groupIds.map(String) : []),
  ];

  /** A division's students are its roster; a group's members are in the same partition, by membership items. */
  const studentsOf = async (classId: string) => {
    const items = await queryPartition(tableName, personKeys.studentsOf(classId), ['personId', 'entity']);
    return unique(items.map((item) => String(item.personId)));
  };

  const classesOfLevel = async (level: string) => {
    const { index, partitionKey } = classKeys.all();
    const items = await queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: {
        '#pk': `${index}PK`,
        '#sk': `${index}SK`,
        '#classId': 'classId',
        '#st': 'status',
      },
      ExpressionAttributeValues: { ':pk': partitionKey, ':prefix': `${level}#` },
      ProjectionExpression: '#classId, #st',
    });
    return items.filter((item) => item.status !== 'retired').map((item) => String(item.classId));
  };

  const studentsOfLevel = async (level: string) =>
    unique((await Promise.all((await classesOfLevel(level)).map(studentsOf))).flat());

  const guardiansOfPupils = async (pupilIds: readonly string[]) => {
    if (pupilIds.length <= perPupilGuardiansLimit) {
      const lists = await Promise.all(
        pupilIds.map((id) => sortKeysUnder(id, personKeys.prefixes.guardian, 'guardianId')),
      );
      return activeAmong(lists.flat());
    }
    const pupils = new Set(pupilIds);
    const shards = await Promise.all(
      Array.from({ length: linkKeys.guardianshipShards }, (_, shard) =>
        queryPartition(tableName, linkKeys.guardianships(shard), ['guardianId', 'childId']),
      ),
    );
    const guardianIds = shards
      .flat()
      .filter((link) => pupils.has(String(link.childId)))
      .map((link) => String(link.guardianId));
    return activeAmong(guardianIds);
  };

  /** The teaching links sit in one index partition, sorted by teacher: a class's teachers are filtered from it. */
  const teachersOf = async (classId: string) => {
    const links = await queryPartition(tableName, linkKeys.teaching(), ['teacherId', 'classId']);
    return activeAmong(
      links.filter((link) => link.classId === classId).map((link) => String(link.teacherId)),
    );
  };

  const withProfiles = async (profiles: readonly string[]) => {
    const lists = await Promise.all(
      profiles.map((profile) =>
        queryPartition(tableName, { partitionKey: personKeys.profileMember(profile, '').PK }, ['personId']),
      ),
    );
    return activeAmong(lists.flat().map((item) => String(item.personId)));
  };

  /**
   * Everyone active who belongs to the school (outside contacts hold no profile, the authority's administrators are
   * not the school's): the 27 partitions of active people by name.
   */
  const everyone = async () => {
    const lists = await Promise.all(
      personKeys.nameInitials.map((initial) =>
        queryPartition(tableName, personKeys.byName(initial), ['personId', 'profiles']),
      ),
    );
    return unique(
      lists
        .flat()
        .filter(
          (item) =>
            Array.isArray(item.profiles) &&
            item.profiles.some((profile) => (writerProfiles as readonly string[]).includes(String(profile))),
        )
        .map((item) => String(item.personId)),
    );
  };

  const membersOf = async (audience: Audience): Promise<string[]> => {
    switch (audience.kind) {
      case 'person':
        return activeAmong([audience.personId]);
      case 'class':
        return studentsOf(audience.classId);
      case 'class-guardians':
        return guardiansOfPupils(await studentsOf(audience.classId));
      case 'class-teachers':
        return teachersOf(audience.classId);
      case 'pupil-guardians':
        return (await activeAmong([audience.personId])).length === 0
          ? []
          : guardiansOfPupils([audience.personId]);
      case 'level':
        return studentsOfLevel(audience.level);
      case 'level-guardians':
        return guardiansOfPupils(await studentsOfLevel(audience.level));
      case 'group':
        return activeAmong(await workGroups.membersOf(audience.groupId));
      case 'staff':
        return withProfiles(staffListProfiles);
      case 'school':
        return everyone();
    }
  };

  const tiesOf = async (personId: string): Promise<PersonTies | undefined> => {
    const [record] = await records([personId]);
    if (!record) return undefined;
    const profiles = (Array.isArray(record.profiles) ? record.profiles.map(String) : []).filter(isProfile);
    const [taughtClassIds, childIds, groupIds] = await Promise.all([
      profiles.includes('teacher') ? sortKeysUnder(personId, personKeys.prefixes.teaches, 'classId') : [],
      profiles.includes('guardian') ? sortKeysUnder(personId, personKeys.prefixes.child, 'childId') : [],
      workGroups.groupsOf(personId),
    ]);
    const children = childIds.length > 0 ? await records(childIds) : [];
    return {
      personId,
      profiles,
      classIds: profiles.includes('student') ? classesOf(record) : [],
      taughtClassIds,
      childIds: children.map((child) => String(child.personId)),
      childClassIds: unique(children.flatMap(classesOf)),
      groupIds,
    };
  };

  return { membersOf, tiesOf };
};

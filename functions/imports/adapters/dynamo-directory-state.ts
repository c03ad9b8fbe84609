import type { DirectoryState } from '#domain/people/directory-state';
import { queryPartition } from '#functions/lib/query-all';
import {
  fromClassItem,
  fromPersonItem,
  personRecordAttributes,
} from '#functions/people/adapters/person-item';
import { classKeys, linkKeys, personKeys } from '#infra/definitions/school-table';

/**
 * The whole directory, as an import compares a file with it: everyone by name (active and retired partitions),
 * the classes, and every link from their sharded index partitions. Some eighty queries, run side by side, each
 * asking for what the import reads of an item, not its keys.
 */
export const loadDirectoryState = async (tableName: string): Promise<DirectoryState> => {
  const namePartitions = personKeys.nameInitials.flatMap((initial) => [
    personKeys.byName(initial, 'active'),
    personKeys.byName(initial, 'retired'),
  ]);
  const shards = Array.from({ length: linkKeys.guardianshipShards }, (_, shard) =>
    linkKeys.guardianships(shard),
  );
  const [people, classes, guardianships, teaching] = await Promise.all([
    Promise.all(
      namePartitions.map((partition) => queryPartition(tableName, partition, personRecordAttributes)),
    ),
    queryPartition(tableName, classKeys.all()),
    Promise.all(shards.map((partition) => queryPartition(tableName, partition, ['guardianId', 'childId']))),
    queryPartition(tableName, linkKeys.teaching(), ['teacherId', 'classId']),
  ]);
  return {
    people: people.flat().map(fromPersonItem),
    classes: classes.map(fromClassItem),
    guardianships: guardianships
      .flat()
      .map((item) => ({ guardianId: String(item.guardianId), studentId: String(item.childId) })),
    teaching: teaching.map((item) => ({ teacherId: String(item.teacherId), classId: String(item.classId) })),
  };
};

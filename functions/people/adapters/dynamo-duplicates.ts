import type { DuplicateGroup } from '#domain/people/duplicate-guardians';
import type { GuardianMerge, MergeWriter } from '#domain/people/merge-guardians';
import { auditItemsOfChanges } from '#functions/audit/adapters/dynamo-audit-settings';
import { queryPartition } from '#functions/lib/query-all';
import { put, remove, writeRequests } from '#functions/lib/write-requests';
import { duplicateKeys } from '#infra/definitions/school-table';
import { toChangeItem } from './change-item';
import {
  directoryIndexItems,
  directoryIndexRemovals,
  guardianshipItems,
  guardianshipKeys,
  profileMemberItems,
  toPersonItem,
} from './person-item';

/** The duplicate guardians found by the last import, waiting for someone to review them. */
export const dynamoDuplicates = (tableName: string) => {
  const list = async (): Promise<DuplicateGroup[]> =>
    (await queryPartition(tableName, duplicateKeys.guardians())).map((item) => ({
      groupKey: String(item.SK),
      personIds: item.personIds as string[],
      shared: item.shared as DuplicateGroup['shared'],
    }));

  const writer: MergeWriter & {
    list(): Promise<DuplicateGroup[]>;
    replaceAll(groups: DuplicateGroup[]): Promise<void>;
  } = {
    list,

    /** The groups found now replace the previous ones: a group someone merged or fixed is gone. */
    async replaceAll(groups) {
      const previous = await list();
      const current = new Set(groups.map(({ groupKey }) => groupKey));
      await writeRequests(tableName, [
        ...previous
          .filter(({ groupKey }) => !current.has(groupKey))
          .map(({ groupKey }) => remove(duplicateKeys.group(groupKey))),
        ...groups.map((group) =>
          put({ ...duplicateKeys.group(group.groupKey), entity: 'duplicate-group', ...group }),
        ),
      ]);
    },

    async writeMerge(merge: GuardianMerge) {
      await writeRequests(tableName, [
        ...[merge.kept, ...merge.retired].map((person) => put(toPersonItem(person))),
        ...profileMemberItems(merge.kept).map(put),
        ...directoryIndexItems(merge.kept).map(put),
        ...merge.retired.flatMap(directoryIndexRemovals),
        ...merge.addLinks.flatMap(({ guardianId, studentId }) =>
          guardianshipItems(guardianId, studentId).map(put),
        ),
        ...merge.removeLinks.flatMap(({ guardianId, studentId }) =>
          guardianshipKeys(guardianId, studentId).map(remove),
        ),
        ...merge.changes.map((change) => put(toChangeItem(change))),
        ...(await auditItemsOfChanges(tableName, merge.changes)).map(put),
      ]);
    },

    async forgetDuplicateGroup(personIds) {
      const merged = new Set(personIds);
      const groups = (await list()).filter((group) =>
        group.personIds.some((personId) => merged.has(personId)),
      );
      await writeRequests(
        tableName,
        groups.map(({ groupKey }) => remove(duplicateKeys.group(groupKey))),
      );
    },
  };
  return writer;
};

import type { ImportPlan } from '../../../domain/imports/import-plan';
import { personKeys } from '../../../infra/definitions/school-table';
import { put, remove, type WriteRequest, writeRequests } from '../../lib/write-requests';
import {
  guardianshipItems,
  guardianshipKeys,
  profileMemberItems,
  teachingItem,
  toClassItem,
  toPersonItem,
} from '../../people/adapters/person-item';

/**
 * Writes a plan: classes, people (with their profile memberships), then the links. Every write is a put or a
 * delete of a whole item keyed by stable ids, so a job that dies half-way can simply be run again.
 */
export const writeImportPlan = (
  tableName: string,
  plan: ImportPlan,
  onProgress?: (written: number, total: number) => Promise<void> | void,
) => writeRequests(tableName, requestsOf(plan), { onProgress });

/** Every put and delete a plan makes, in the order they are written. */
export const requestsOf = (plan: ImportPlan): WriteRequest[] => [
  ...[...plan.createClasses, ...plan.updateClasses.map(({ after }) => after)].map((c) => put(toClassItem(c))),
  ...[
    ...plan.createPeople,
    ...[...plan.updatePeople, ...plan.retirePeople].map(({ after }) => after),
  ].flatMap((person) => [put(toPersonItem(person)), ...profileMemberItems(person).map(put)]),
  ...plan.addGuardianships.flatMap(({ guardianId, studentId }) =>
    guardianshipItems(guardianId, studentId).map(put),
  ),
  ...plan.removeGuardianships.flatMap(({ guardianId, studentId }) =>
    guardianshipKeys(guardianId, studentId).map(remove),
  ),
  ...plan.addTeaching.map(({ teacherId, classId }) => put(teachingItem(teacherId, classId))),
  ...plan.removeTeaching.map(({ teacherId, classId }) => remove(personKeys.teaches(teacherId, classId))),
];

import { entriesOfImport } from '#domain/audit/audit-entries';
import type { ImportPlan } from '#domain/imports/import-plan';
import type { Person } from '#domain/people/person';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { put, remove, type WriteRequest, writeRequests } from '#functions/lib/write-requests';
import {
  directoryIndexWrites,
  guardianshipItems,
  guardianshipKeys,
  profileMemberItems,
  teachingItem,
  toClassItem,
  toPersonItem,
} from '#functions/people/adapters/person-item';
import { personKeys } from '#infra/definitions/school-table';

/**
 * Writes a plan: classes, people (with their profile memberships), then the links. Every write is a put or a
 * delete of a whole item keyed by stable ids, so a job that dies half-way can simply be run again.
 *
 * With its job, each person created, updated or retired gets an audit entry by the job, written just before
 * the person: a job that stops between the two writes the entry again when applied again, so no change of a
 * person is ever without its entry (at worst, one has two, at the two instants).
 * A person's look-up items (name words, group memberships) go before the person for the same reason: a job that
 * stops before the person is written plans the person's change again and writes them again; reads check the
 * person's own record, so a look-up item ahead of it finds nothing it should not.
 */
export const writeImportPlan = async (
  tableName: string,
  plan: ImportPlan,
  onProgress?: (written: number, total: number) => Promise<void> | void,
  job?: { jobId: string; source: string },
) => {
  const audit = job && entriesOfImport(plan, job, new Date().toISOString());
  const auditItemOf = audit && (await auditItemsOf(tableName));
  const auditOf = (person: Person) => {
    const entry = audit?.get(person.personId);
    return entry && auditItemOf ? [put(auditItemOf(entry))] : [];
  };
  return writeRequests(tableName, requestsOf(plan, auditOf), { onProgress });
};

/** Every put and delete a plan makes, in the order they are written, each person's audit entry before them. */
export const requestsOf = (
  plan: ImportPlan,
  auditOf: (person: Person) => WriteRequest[] = () => [],
): WriteRequest[] => [
  ...[...plan.createClasses, ...plan.updateClasses.map(({ after }) => after)].map((c) => put(toClassItem(c))),
  ...[
    ...plan.createPeople.map((after) => ({ before: undefined, after })),
    ...plan.updatePeople,
    ...plan.retirePeople,
  ].flatMap(({ before, after }) => [
    ...auditOf(after),
    ...directoryIndexWrites(before, after),
    put(toPersonItem(after)),
    ...profileMemberItems(after).map(put),
  ]),
  ...plan.addGuardianships.flatMap(({ guardianId, studentId }) =>
    guardianshipItems(guardianId, studentId).map(put),
  ),
  ...plan.removeGuardianships.flatMap(({ guardianId, studentId }) =>
    guardianshipKeys(guardianId, studentId).map(remove),
  ),
  ...plan.addTeaching.map(({ teacherId, classId }) => put(teachingItem(teacherId, classId))),
  ...plan.removeTeaching.map(({ teacherId, classId }) => remove(personKeys.teaches(teacherId, classId))),
];

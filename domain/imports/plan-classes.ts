import type { DirectoryState } from '#domain/people/directory-state';
import type { SchoolClass } from '#domain/people/person';
import { keyOf } from '#domain/shared/text';
import type { Change } from './import-plan';
import type { ImportedClass, ImportSnapshot } from './import-snapshot';

/** The id a class new to the directory gets: its code's key (`4e 1` → `4e-1`). */
export const classIdOfCode = (code: string) => keyOf(code);

/** The directory's classes once the plan's are added: what people and teaching links may point at. */
export interface ClassIndex {
  known: ReadonlySet<string>;
  /** The class id a code of the file stands for: the class its source id found, else the code's key. */
  idOfCode(code: string): string;
  /** A class by its source id (`oneroster:class:<sourcedId>`), for a delta's links to classes it does not list. */
  bySourceId: ReadonlyMap<string, SchoolClass>;
}

/**
 * Classes to create and update. A class is found by its source id when the file gives one (a OneRoster sourcedId:
 * the same class, renamed or recoded, stays one class), else by its code (its key, then as written); a class the
 * source deletes is retired.
 */
export const planClasses = (snapshot: ImportSnapshot, state: DirectoryState) => {
  const existing = new Map(state.classes.map((schoolClass) => [schoolClass.classId, schoolClass]));
  const bySourceId = indexBySourceId(state.classes);
  // A class made by hand, or by Préau's own export, may have an id that is not its code's key.
  const byCode = new Map(
    state.classes.flatMap((schoolClass) => (schoolClass.code ? [[schoolClass.code, schoolClass]] : [])),
  );
  const levels = new Map(snapshot.levels.map(({ code, label }) => [code, label]));
  const create: SchoolClass[] = [];
  const update: Change<SchoolClass>[] = [];
  const idOfCode = new Map<string, string>();
  // SIECLE and OneRoster define a school's classes; STSWEB only adds them to a directory that has none yet.
  const mayCreate = snapshot.source !== 'stsweb' || state.classes.length === 0;
  for (const imported of snapshot.classes) {
    const before =
      (imported.sourceId ? bySourceId.get(imported.sourceId) : undefined) ??
      existing.get(classIdOfCode(imported.code)) ??
      byCode.get(imported.code);
    if (!before && !mayCreate) continue;
    const wanted = classOf(imported, levels, before);
    idOfCode.set(imported.code, wanted.classId);
    if (!before) create.push(wanted);
    else {
      const fields = changedFields(before, wanted, ['label', 'level', 'kind', 'code', 'sourceIds', 'status']);
      if (fields.length > 0) update.push({ before, after: wanted, fields });
    }
  }
  const updated = new Set(update.map(({ before }) => before.classId));
  for (const { sourceId } of snapshot.retiredClasses ?? []) {
    const before = bySourceId.get(sourceId);
    if (before && before.status !== 'retired' && !updated.has(before.classId)) {
      update.push({ before, after: { ...before, status: 'retired' }, fields: ['status'] });
      updated.add(before.classId);
    }
  }
  const after = [...state.classes.filter(({ classId }) => !updated.has(classId)), ...create];
  after.push(...update.map((change) => change.after));
  const index: ClassIndex = {
    known: new Set(after.map(({ classId }) => classId)),
    idOfCode: (code) => idOfCode.get(code) ?? classIdOfCode(code),
    bySourceId: indexBySourceId(after),
  };
  return { create, update, index };
};

const indexBySourceId = (classes: readonly SchoolClass[]) =>
  new Map(classes.flatMap((schoolClass) => (schoolClass.sourceIds ?? []).map((id) => [id, schoolClass])));

const classOf = (
  imported: ImportedClass,
  levels: ReadonlyMap<string, string>,
  before?: SchoolClass,
): SchoolClass => {
  const sourceIds = [
    ...new Set([...(before?.sourceIds ?? []), ...(imported.sourceId ? [imported.sourceId] : [])]),
  ];
  return {
    classId: before?.classId ?? classIdOfCode(imported.code),
    label: imported.label || imported.code,
    level:
      (imported.levelCode && levels.get(imported.levelCode)) || imported.levelCode || before?.level || '',
    ...(imported.kind === 'group' && { kind: 'group' }),
    code: imported.code,
    ...(sourceIds.length > 0 && { sourceIds: sourceIds.sort() }),
  };
};

/** Field names whose values differ; arrays and missing values compare by content. */
export const changedFields = <T extends object>(before: T, after: T, fields: readonly (keyof T)[]) =>
  fields.filter((field) => !sameValue(before[field], after[field])).map(String);

/** Equal as JSON, missing and null alike; texts and numbers, most fields, compare without being written out. */
const sameValue = (before: unknown, after: unknown) => {
  const [a, b] = [before ?? null, after ?? null];
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
};

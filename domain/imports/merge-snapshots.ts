import type { ImportSnapshot } from './import-snapshot';

/**
 * One snapshot from the files of one import, such as SIECLE's students, guardians and nomenclature: lists are
 * joined, a class or a level named by several files is kept once (as the first file has it), and every problem
 * stays. The source and school year are the first snapshot's (the first that says, for the year).
 */
export const mergeSnapshots = (snapshots: ImportSnapshot[]): ImportSnapshot => {
  const [first] = snapshots;
  if (first === undefined) throw new RangeError('mergeSnapshots needs at least one snapshot');
  return {
    source: first.source,
    schoolYear: snapshots.find((snapshot) => snapshot.schoolYear !== undefined)?.schoolYear,
    people: snapshots.flatMap((snapshot) => snapshot.people),
    classes: firstOfEachCode(snapshots.flatMap((snapshot) => snapshot.classes)),
    guardianships: snapshots.flatMap((snapshot) => snapshot.guardianships),
    teaching: snapshots.flatMap((snapshot) => snapshot.teaching),
    levels: firstOfEachCode(snapshots.flatMap((snapshot) => snapshot.levels)),
    problems: snapshots.flatMap((snapshot) => snapshot.problems),
    ...familiesOf(snapshots),
    origins: snapshots.flatMap((snapshot) => snapshot.origins ?? []),
  };
};

const firstOfEachCode = <Item extends { code: string }>(items: Item[]): Item[] => {
  const byCode = new Map<string, Item>();
  for (const item of items) if (!byCode.has(item.code)) byCode.set(item.code, item);
  return [...byCode.values()];
};

/** Family ties and contacts come from one file of the import (SIECLE's responsables), when one gives them. */
const familiesOf = (snapshots: ImportSnapshot[]): Pick<ImportSnapshot, 'familiesFrom' | 'contacts'> => {
  const familiesFrom = snapshots.find((snapshot) => snapshot.familiesFrom !== undefined)?.familiesFrom;
  const withContacts = snapshots.filter((snapshot) => snapshot.contacts !== undefined);
  return {
    ...(familiesFrom !== undefined && { familiesFrom }),
    ...(withContacts.length > 0 && { contacts: withContacts.flatMap((snapshot) => snapshot.contacts ?? []) }),
  };
};

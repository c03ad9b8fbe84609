import type { SchoolClass } from '#domain/people/person';
import { keyOf } from '#domain/shared/text';
import { closestLabel } from './closest-label';
import { type DirectoryMatch, matcherOf } from './directory-match';

/**
 * Finds classes and groups by label, id or source code, whatever the case, accents and spacing: « 5EA »,
 * « 5e A » and « 5E-A » are the same class. Retired classes are left out.
 */
export const classFinder = (classes: readonly SchoolClass[]) => {
  const active = classes.filter((schoolClass) => schoolClass.status !== 'retired');
  const match = matcherOf(active, (schoolClass) =>
    [schoolClass.label, schoolClass.classId, schoolClass.code ?? '']
      .filter((name) => name !== '')
      .map(compactKey),
  );
  const labels = active.map(({ label }) => label);
  return {
    find: (written: string): DirectoryMatch<SchoolClass> => match(compactKey(written)),
    suggest: (written: string) => closestLabel(written, labels),
  };
};

const compactKey = (name: string) => keyOf(name).replaceAll('-', '');

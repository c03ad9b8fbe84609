import type { ClassSummary } from './person';

/** Classes as a school lists them: by level, then by label, numbers in their order (6e B before 6e C). */
export const sortByLevel = (classes: readonly ClassSummary[], localeTag: string): ClassSummary[] => {
  const collator = new Intl.Collator(localeTag, { sensitivity: 'base', numeric: true });
  return [...classes].sort(
    (a, b) => collator.compare(a.level, b.level) || collator.compare(a.label, b.label),
  );
};

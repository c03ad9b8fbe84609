import type { Profile } from '#domain/identity/profile';
import type { ClassSummary } from '../people/person';

/** Whose accounts a batch of activation codes opens. */
export type BatchScope =
  | { scope: 'class'; classId: string }
  | { scope: 'level'; level: string }
  | { scope: 'not-activated' }
  | { scope: 'school-admins' };

export type BatchScopeKind = BatchScope['scope'];

/** In the order the form offers them: the usual start of a school year first. */
export const batchScopeKinds: readonly BatchScopeKind[] = [
  'not-activated',
  'class',
  'level',
  'school-admins',
];

/**
 * The choices a person's profiles may use, in the same order: everything for the school's administrators, only its
 * administrators' accounts for the authority (`accounts:issue-codes`), so that the first, chosen by default, works.
 */
export const batchScopeKindsFor = (profiles: readonly Profile[]): readonly BatchScopeKind[] =>
  profiles.includes('school-admin')
    ? batchScopeKinds
    : batchScopeKinds.filter((kind) => kind === 'school-admins');

/** A batch made: its counts and two short-lived links to download its documents. */
export interface ActivationBatch {
  batchId: string;
  createdAt: string;
  expiresAt: string;
  accounts: number;
  letters: number;
  csvUrl: string;
  pdfUrl: string;
}

/** The levels to offer, from the classes' own levels, in the order of the language (2e before 10e). */
export const levelsOf = (classes: readonly ClassSummary[], localeTag: string): string[] => {
  const collator = new Intl.Collator(localeTag, { sensitivity: 'base', numeric: true });
  return [...new Set(classes.map(({ level }) => level))].sort(collator.compare);
};

/** What the form chose; the class or level stays unset until one is picked. */
export interface BatchChoice {
  kind: BatchScopeKind;
  classId: string;
  level: string;
}

/** The scope to send for a choice, or undefined while a class or a level is still to pick. */
export const scopeOf = ({ kind, classId, level }: BatchChoice): BatchScope | undefined => {
  if (kind === 'class') return classId ? { scope: 'class', classId } : undefined;
  if (kind === 'level') return level ? { scope: 'level', level } : undefined;
  return { scope: kind };
};

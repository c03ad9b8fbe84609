import type { Profile } from '#domain/identity/profile';
import { searchFolded } from './item';
import type { ItemFamily } from './item-values';
import type { LoanKind } from './loan';

/**
 * The school's rules of lending, as data: for a family (or some kinds of it), who may borrow — pupils or teachers,
 * pupils of some class levels only —, the days held before and after a loan (transport, checking, servicing), and
 * whether it is free or a rental with its fee and deposit. The directory has no disciplines yet: a rule by
 * discipline waits for it. The demo conservatoire's rules are the code's defaults below; a school's own would be
 * read from its settings item in their place.
 */
export interface LoanRule {
  family: ItemFamily;
  /** Words an item's kind begins with, folded (« violoncelle »): a rule for those kinds; the whole family otherwise. */
  kinds?: readonly string[];
  borrowers: readonly Extract<Profile, 'student' | 'teacher'>[];
  /** The class levels of the pupils allowed, as the directory names them (« Cycle 2 »): any when absent. */
  levels?: readonly string[];
  bufferDays: number;
  kind: LoanKind;
  /** In euro cents. */
  feeCents?: number;
  depositCents?: number;
}

const rental = { kind: 'rental' as const, feeCents: 6000, depositCents: 20000 };

/** A conservatoire's usual rules: orchestral instruments to pupils and teachers, the heavy ones to teachers. */
export const defaultLoanRules: readonly LoanRule[] = [
  { family: 'strings', borrowers: ['student', 'teacher'], bufferDays: 2, ...rental },
  { family: 'winds', borrowers: ['student', 'teacher'], bufferDays: 2, ...rental },
  { family: 'brass', borrowers: ['student', 'teacher'], bufferDays: 2, ...rental },
  // Early instruments are fragile: pupils of the second and third cycles only, lent free.
  {
    family: 'early-music',
    borrowers: ['student', 'teacher'],
    levels: ['Cycle 2', 'Cycle 3'],
    bufferDays: 3,
    kind: 'free',
  },
  { family: 'percussion', borrowers: ['teacher'], bufferDays: 1, kind: 'free' },
  { family: 'keyboards', borrowers: ['teacher'], bufferDays: 1, kind: 'free' },
  { family: 'voice', borrowers: ['student', 'teacher'], bufferDays: 1, kind: 'free' },
  // The planning's equipment is never lent: no rule.
];

/** The rule of an item's kind: one naming its kind first, its family's otherwise; none when it is not lent. */
export const ruleFor = (
  rules: readonly LoanRule[],
  family: ItemFamily,
  kind: string,
): LoanRule | undefined => {
  const folded = searchFolded(kind);
  const ofFamily = rules.filter((rule) => rule.family === family);
  return (
    ofFamily.find((rule) => rule.kinds?.some((words) => folded.startsWith(searchFolded(words)))) ??
    ofFamily.find((rule) => !rule.kinds)
  );
};

/** Who a borrower is, as the rules look at them: their profiles, and a pupil's class level. */
export interface BorrowerFacts {
  profiles: readonly Profile[];
  level?: string;
}

/** Whether a rule lends to this person: a pupil (of an allowed level) or a teacher it names. */
export const mayBorrow = (rule: LoanRule, borrower: BorrowerFacts): boolean =>
  rule.borrowers.some((profile) => {
    if (!borrower.profiles.includes(profile)) return false;
    if (profile !== 'student' || !rule.levels) return true;
    return borrower.level !== undefined && rule.levels.includes(borrower.level);
  });

/**
 * The waiting list, in the order staff serve it: first-years first (a pupil who never borrowed), then by the time
 * of the request; the loan id settles two requests of the same instant.
 */
export const waitingListOrder = <T extends { firstLoan?: boolean; createdAt: string; loanId: string }>(
  loans: readonly T[],
): T[] =>
  [...loans].sort(
    (a, b) =>
      Number(!a.firstLoan) - Number(!b.firstLoan) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.loanId.localeCompare(b.loanId),
  );

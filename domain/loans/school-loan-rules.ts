import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import { ValidationError } from '#domain/shared/errors';
import { text } from '#domain/shared/text-input';
import { catalogueFamilies } from './item-values';
import { defaultLoanRules, type LoanRule } from './loan-rules';

/**
 * The school's own rules of lending (issue 19), kept in one settings item with its version: absent, the code's
 * defaults (`defaultLoanRules`, version 0). Staff change them all at once on the version they read; two saving at
 * once, one wins and the other is told the rules changed (409 `loan_rules_stale`). Disciplines stay out: the directory has none.
 */
export interface LoanRules {
  rules: readonly LoanRule[];
  /** 0 while the school keeps the defaults. */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

/** The most a fee or a deposit may be, in euros. */
export const maxRuleEuros = 10_000;
export const maxLoanRules = 50;

const euros = (what: string) =>
  z.optional(
    z.pipe(
      z.number(`must be an amount in euros`).check(
        z.gte(0, 'must not be negative'),
        z.lte(maxRuleEuros, `must be at most ${maxRuleEuros} euros`),
        z.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
          message: `${what} must be in euros and cents`,
        }),
      ),
      z.transform((value) => Math.round(value * 100)),
    ),
  );

const loanRuleInputSchema = z
  .strictObject({
    family: z.enum(catalogueFamilies, `must be one of ${catalogueFamilies.join(', ')}`),
    kinds: z.optional(
      z
        .array(text(60))
        .check(z.minLength(1, 'must name a kind'), z.maxLength(20, 'must name at most 20 kinds')),
    ),
    borrowers: z
      .array(z.enum(['student', 'teacher'], 'must be student or teacher'))
      .check(z.minLength(1, 'must name who may borrow'), z.maxLength(2, 'must name each borrower once')),
    levels: z.optional(
      z
        .array(text(60))
        .check(z.minLength(1, 'must name a level'), z.maxLength(20, 'must name at most 20 levels')),
    ),
    bufferDays: z
      .int('must be a whole number of days')
      .check(z.gte(0, 'must be 0 or more'), z.lte(30, 'must be at most 30')),
    kind: z.enum(['free', 'rental'], 'must be free or rental'),
    feeEuros: euros('the fee'),
    depositEuros: euros('the deposit'),
  })
  .check(
    z.refine(({ kind, feeEuros }) => kind !== 'rental' || feeEuros !== undefined, {
      message: 'a rental needs its fee',
      path: ['feeEuros'],
    }),
    z.refine(({ kind, feeEuros }) => kind !== 'free' || !feeEuros, {
      message: 'a free loan has no fee',
      path: ['feeEuros'],
    }),
    z.refine(({ borrowers }) => new Set(borrowers).size === borrowers.length, {
      message: 'must name each borrower once',
      path: ['borrowers'],
    }),
    z.refine(({ borrowers, levels }) => !levels || borrowers.includes('student'), {
      message: 'levels are the pupils’: name pupils among the borrowers',
      path: ['levels'],
    }),
  );

/** What staff send: every rule, and the version they read (0 for the defaults). */
export const loanRulesInputSchema = z.strictObject({
  version: z.int('must be the version you read').check(z.gte(0, 'must be the version you read')),
  rules: z
    .array(loanRuleInputSchema)
    .check(z.maxLength(maxLoanRules, `must hold at most ${maxLoanRules} rules`)),
});
export type LoanRulesInput = z.output<typeof loanRulesInputSchema>;

/** The rules as stored and used: amounts in cents, no empty lists. */
export const loanRulesOf = (input: LoanRulesInput): LoanRule[] =>
  input.rules.map(({ feeEuros, depositEuros, kinds, levels, ...rule }) => ({
    ...rule,
    ...(kinds && { kinds }),
    ...(levels && { levels }),
    ...(feeEuros !== undefined && { feeCents: feeEuros }),
    ...(depositEuros !== undefined && { depositCents: depositEuros }),
  }));

/** Two rules for the same family and the same kinds: the second would never apply. */
const checkNoTwin = (rules: readonly LoanRule[]) => {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const key = `${rule.family}|${[...(rule.kinds ?? [])].sort().join(',')}`;
    if (seen.has(key))
      throw new ValidationError(
        `rules.${index}.family`,
        'repeats a rule for the same family and kinds',
        'loan_rule_repeated',
      );
    seen.add(key);
  });
};

export interface LoanRulesStore {
  /** The school's rules, read consistently (one GetItem); the defaults at version 0 when it has none. */
  read(): Promise<LoanRules>;
  /** The rules at `previousVersion + 1`, with the audit entry, on condition the version is still the one read. */
  save(next: LoanRules & { updatedAt: string; updatedBy: string }, previousVersion: number): Promise<void>;
}

export interface LoanRulesPorts {
  loanRules: LoanRulesStore;
  relations: Relations;
  clock: { now(): Date };
}

export const defaultSchoolLoanRules: LoanRules = { rules: defaultLoanRules, version: 0 };

/** Staff and teachers read the rules; those who ask to borrow read what they may ask for on the request page. */
export const readLoanRules = async (actor: Actor, ports: LoanRulesPorts) => {
  await authorize(actor, 'loans:read', { kind: 'school' }, ports.relations);
  return ports.loanRules.read();
};

/** Staff set the school's rules on the version they read. */
export const saveLoanRules = async (input: LoanRulesInput, actor: Actor, ports: LoanRulesPorts) => {
  await authorize(actor, 'loans:write', { kind: 'school' }, ports.relations);
  const rules = loanRulesOf(input);
  checkNoTwin(rules);
  const next = {
    rules,
    version: input.version + 1,
    updatedAt: ports.clock.now().toISOString(),
    updatedBy: actor.personId,
  };
  await ports.loanRules.save(next, input.version);
  return next;
};

import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import {
  defaultSchoolLoanRules,
  type LoanRules,
  type LoanRulesStore,
  loanRulesInputSchema,
  loanRulesOf,
  saveLoanRules,
} from '#domain/loans/school-loan-rules';
import { AccessDeniedError, type ValidationError } from '#domain/shared/errors';
import { parseWith } from '#functions/lib/validation';

const strings = {
  family: 'strings',
  borrowers: ['teacher'],
  bufferDays: 2,
  kind: 'rental',
  feeEuros: 45.5,
  depositEuros: 150,
};
const parse = (body: unknown) => parseWith(loanRulesInputSchema, body, '');
const problems = (body: unknown) => {
  try {
    parse(body);
    return [];
  } catch (error) {
    const all = (error as ValidationError & { errors?: ValidationError[] }).errors ?? [
      error as ValidationError,
    ];
    return all.map(({ field, code }) => [field, code]);
  }
};

describe('the school’s rules of lending, as staff type them', () => {
  it('turns euros into cents and keeps what a rule names', () => {
    const input = parse({
      version: 0,
      rules: [
        strings,
        {
          family: 'early-music',
          kinds: ['Viole'],
          borrowers: ['student'],
          levels: ['Cycle 3'],
          bufferDays: 0,
          kind: 'free',
        },
      ],
    });
    expect(loanRulesOf(input)).toEqual([
      {
        family: 'strings',
        borrowers: ['teacher'],
        bufferDays: 2,
        kind: 'rental',
        feeCents: 4550,
        depositCents: 15000,
      },
      {
        family: 'early-music',
        kinds: ['Viole'],
        borrowers: ['student'],
        levels: ['Cycle 3'],
        bufferDays: 0,
        kind: 'free',
      },
    ]);
  });

  it('refuses a rule that cannot be, naming its field', () => {
    const rule = (changes: Record<string, unknown>) => ({ version: 0, rules: [{ ...strings, ...changes }] });
    expect(problems(rule({ bufferDays: 31 }))).toEqual([['rules.0.bufferDays', 'too_large']]);
    expect(problems(rule({ bufferDays: -1 }))).toEqual([['rules.0.bufferDays', 'too_small']]);
    expect(problems(rule({ bufferDays: 1.5 }))).toEqual([['rules.0.bufferDays', 'wrong_type']]);
    expect(problems(rule({ borrowers: [] }))[0]?.[0]).toBe('rules.0.borrowers');
    expect(problems(rule({ borrowers: ['guardian'] }))[0]?.[0]).toBe('rules.0.borrowers.0');
    expect(problems(rule({ family: 'equipment' }))).toEqual([['rules.0.family', 'not_an_option']]);
    expect(problems(rule({ feeEuros: -5 }))).toEqual([['rules.0.feeEuros', 'too_small']]);
    expect(problems(rule({ feeEuros: 12.345 }))).toEqual([['rules.0.feeEuros', 'invalid']]);
    expect(problems(rule({ feeEuros: undefined }))).toEqual([['rules.0.feeEuros', 'required']]);
    expect(problems(rule({ kind: 'free' }))).toEqual([['rules.0.feeEuros', 'invalid']]);
    expect(problems(rule({ levels: ['Cycle 1'] }))).toEqual([['rules.0.levels', 'invalid']]);
    expect(problems(rule({ discipline: 'violon' }))).toEqual([['rules.0.discipline', 'unknown_field']]);
    expect(problems({ rules: [strings] })).toEqual([['version', 'required']]);
  });
});

describe('saving the school’s rules', () => {
  const staff: Actor = {
    personId: 'staff-1',
    profiles: ['staff'],
    username: 's',
    firstName: 'S',
    lastName: 'T',
  };
  const pupil: Actor = {
    personId: 'pupil-1',
    profiles: ['student'],
    username: 'p',
    firstName: 'P',
    lastName: 'U',
  };
  const ports = () => {
    const saved: { next: LoanRules; previous: number }[] = [];
    const loanRules: LoanRulesStore = {
      read: async () => defaultSchoolLoanRules,
      save: async (next, previous) => {
        saved.push({ next, previous });
      },
    };
    const relations = { classesOf: async () => [], childrenOf: async () => [] } as never;
    return { saved, ports: { loanRules, relations, clock: { now: () => new Date('2026-12-07T10:00:00Z') } } };
  };

  it('writes the next version on the one read, by whom and when', async () => {
    const { saved, ports: p } = ports();
    await saveLoanRules(parse({ version: 3, rules: [strings] }), staff, p);
    expect(saved).toEqual([
      {
        previous: 3,
        next: expect.objectContaining({
          version: 4,
          updatedBy: 'staff-1',
          updatedAt: '2026-12-07T10:00:00.000Z',
        }),
      },
    ]);
  });

  it('refuses two rules for the same family and kinds, and anyone but staff', async () => {
    const { saved, ports: p } = ports();
    await expect(
      saveLoanRules(parse({ version: 0, rules: [strings, strings] }), staff, p),
    ).rejects.toMatchObject({
      field: 'rules.1.family',
      code: 'loan_rule_repeated',
    });
    await expect(saveLoanRules(parse({ version: 0, rules: [] }), pupil, p)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(saved).toEqual([]);
  });
});

import * as z from 'zod/mini';
import { calendarDateSchema, idSchema } from '#domain/shared/input-types';
import type { RulebookId } from './rulebooks';
import { ShiftOutsideContractError } from './time-errors';

/**
 * What a technical staff member's hours depend on: their contract, and the rulebook it brings; their weekly hours;
 * their skills, for the planner to call the right people.
 */

export const contractKinds = [
  /** A public employee of a local authority (fonction publique territoriale). */
  'public-local',
  /** A public employee of the State. */
  'public-state',
  /** A private employee under the live-performance agreement (IDCC 1285). */
  'private-idcc-1285',
  /** An intermittent on short contracts (CDD d’usage), paid by the hour or by cachet. */
  'intermittent',
] as const;
export type ContractKind = (typeof contractKinds)[number];

/** The rulebook each contract brings. */
export const rulebookOfContract: Record<ContractKind, RulebookId> = {
  'public-local': 'public-service',
  'public-state': 'public-service',
  'private-idcc-1285': 'idcc-1285',
  intermittent: 'intermittent',
};

export const skills = [
  'lighting',
  'sound',
  'stage',
  'rigging',
  'video',
  'wardrobe',
  'maintenance',
  'reception',
] as const;
export type Skill = (typeof skills)[number];

/** How an intermittent is paid: by the hour, or by cachet (a performance fee). */
export const intermittentPays = ['hours', 'cachets'] as const;
export type IntermittentPay = (typeof intermittentPays)[number];

export interface StaffContract {
  personId: string;
  kind: ContractKind;
  rulebookId: RulebookId;
  /** The weekly hours of the post, in minutes (35 h: 2,100); none for an intermittent. */
  weeklyMinutes?: number;
  skills: Skill[];
  /** The first day of the contract, YYYY-MM-DD. */
  from: string;
  /** Its last day, included; an intermittent's contract always has one. */
  until?: string;
  pay?: IntermittentPay;
  /** The cost of an hour worked, in euro cents (the production's cost); absent when not given. */
  hourlyRateCents?: number;
}

/** The most weekly hours a post has: the weekly limit of every rulebook. */
export const maxWeeklyHours = 48;

/**
 * A contract as staff type it. Weekly hours in hours and quarters (35, 17.5, 28.75); an intermittent has no weekly
 * hours but a last day and how they are paid.
 */
const contractFields = {
  kind: z.enum(contractKinds, `must be one of ${contractKinds.join(', ')}`),
  weeklyHours: z.optional(
    z
      .number('must be a number of hours')
      .check(
        z.gt(0, 'must be more than 0'),
        z.lte(maxWeeklyHours, `must be at most ${maxWeeklyHours}`),
        z.multipleOf(0.25, 'must be in quarters of an hour'),
      ),
  ),
  skills: z._default(
    z
      .array(z.enum(skills, `must be one of ${skills.join(', ')}`))
      .check(z.refine((list) => new Set(list).size === list.length, 'lists a skill twice')),
    [],
  ),
  from: calendarDateSchema,
  until: z.optional(calendarDateSchema),
  pay: z.optional(z.enum(intermittentPays, `must be one of ${intermittentPays.join(', ')}`)),
  hourlyRate: z.optional(
    z.number('must be an amount in euros').check(
      z.gt(0, 'must be more than 0'),
      z.lte(1000, 'must be at most 1000'),
      z.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'must be in cents'),
    ),
  ),
};

type ContractFields = z.output<z.ZodMiniObject<typeof contractFields>>;

/** What makes a contract whole: an intermittent's last day and pay, a post's weekly hours, days in order. */
const contractRules = z.superRefine((input: ContractFields, context) => {
  const problem = (path: string, message: string) =>
    context.issues.push({ code: 'custom', path: [path], message, input });
  if (input.kind === 'intermittent') {
    if (input.until === undefined) problem('until', 'an intermittent’s contract must have a last day');
    if (input.pay === undefined) problem('pay', 'must say how an intermittent is paid');
    if (input.weeklyHours !== undefined) problem('weeklyHours', 'an intermittent has no weekly hours');
  } else {
    if (input.weeklyHours === undefined) problem('weeklyHours', 'must give the post’s weekly hours');
    if (input.pay !== undefined) problem('pay', 'only an intermittent is paid by cachet');
  }
  if (input.until !== undefined && input.until < input.from) problem('until', 'must not be before from');
});

export const staffContractInputSchema = z
  .strictObject({ personId: idSchema, ...contractFields })
  .check(contractRules);
/** The contract as the route takes it: the person is the path's. */
export const staffContractBodySchema = z.strictObject(contractFields).check(contractRules);
export type StaffContractInput = z.output<typeof staffContractInputSchema>;

/** The contract a valid input makes, with its rulebook. */
export const staffContractOf = (input: StaffContractInput): StaffContract => ({
  personId: input.personId,
  kind: input.kind,
  rulebookId: rulebookOfContract[input.kind],
  ...(input.weeklyHours !== undefined && { weeklyMinutes: Math.round(input.weeklyHours * 60) }),
  skills: input.skills,
  from: input.from,
  ...(input.until !== undefined && { until: input.until }),
  ...(input.pay !== undefined && { pay: input.pay }),
  ...(input.hourlyRate !== undefined && { hourlyRateCents: Math.round(input.hourlyRate * 100) }),
});

/** Whether the contract covers a day. */
export const contractCovers = (contract: Pick<StaffContract, 'from' | 'until'>, day: string) =>
  day >= contract.from && (contract.until === undefined || day <= contract.until);

/** An intermittent's shift (or anyone's) on a day their contract covers: `shift_outside_contract` otherwise. */
export const assertContractCovers = (contract: Pick<StaffContract, 'from' | 'until'>, day: string) => {
  if (!contractCovers(contract, day)) throw new ShiftOutsideContractError(day);
};

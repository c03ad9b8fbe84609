import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { calendarOfYear } from '#domain/planning/calendar-of-year';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { ConflictError, NotFoundError, ValidationError } from '#domain/shared/errors';
import { idListSchema, schoolYearSchema } from '#domain/shared/input-types';
import type { Loan } from './loan';
import type { CampaignPorts, RenewalCampaign } from './loans-ports';
import { isOverdue } from './remind-overdue-loans';

/**
 * The yearly renewal campaign (issue 19): staff open it for the next school year; each loan that runs now and
 * whose borrower may renew gets a renewal request (a new loan `requested`, `renews` the old one, the same item, the
 * next year's dates from the school calendar); borrowers or their guardians answer « je renouvelle » or « je
 * rends »; staff decide them all on one screen, each approval going through the item's hold.
 */
export const campaignInputSchema = z.strictObject({ schoolYear: schoolYearSchema });
export const renewalAnswerSchema = z.strictObject({ answer: z.enum(['renew', 'return']) });
export const campaignDecisionsSchema = z.strictObject({
  approve: z._default(idListSchema('renewals', 500), []),
  refuse: z._default(idListSchema('renewals', 500), []),
  reason: z.optional(z.string().check(z.maxLength(500, 'must be at most 500 characters'))),
});
export type CampaignDecisions = z.infer<typeof campaignDecisionsSchema>;

/** The loans a campaign renews: running now (out or signed), with an item, ending before the year starts. */
export const renewable = (loan: Loan, yearStart: string) =>
  (loan.status === 'out' || loan.status === 'signed') &&
  loan.itemId !== undefined &&
  loan.endDate < yearStart;

/** The renewal of a loan: the same item and terms, over the next year, asked for by staff on the borrower's behalf. */
export const renewalOf = (
  loan: Loan,
  campaign: RenewalCampaign,
  renewalId: string,
  by: string,
  at: string,
): Loan => ({
  loanId: renewalId,
  borrowerId: loan.borrowerId,
  requestedBy: by,
  itemId: loan.itemId,
  startDate: campaign.startDate,
  endDate: campaign.endDate,
  bufferDays: loan.bufferDays,
  status: 'requested',
  kind: loan.kind,
  ...(loan.feeCents !== undefined ? { feeCents: loan.feeCents } : {}),
  ...(loan.depositCents !== undefined ? { depositCents: loan.depositCents } : {}),
  renews: loan.loanId,
  reminders: [],
  version: 1,
  createdAt: at,
  updatedAt: at,
});

/**
 * Opens (or opens again) a year's campaign:
 * 1. the year's dates from the school calendar (the saved one, or its default);
 * 2. the loans running now, whose borrower is still at school and has nothing overdue;
 * 3. a renewal for each, with its guard: the same campaign twice, even at once, renews each loan once.
 */
export const openRenewalCampaign = async (
  input: z.infer<typeof campaignInputSchema>,
  actor: Actor,
  ports: CampaignPorts,
) => {
  await authorize(actor, 'loans:write', { kind: 'school' }, ports.directory);
  const now = ports.clock.now();
  const today = todayInZone(now, ports.school.timeZone);
  const calendar = await calendarOfYear(ports.calendars, input.schoolYear);
  if (calendar.end < today)
    throw new ConflictError('campaign_year_past', `The school year ${input.schoolYear} is over`);
  const campaign: RenewalCampaign = (await ports.campaigns.campaign(input.schoolYear)) ?? {
    schoolYear: input.schoolYear,
    startDate: calendar.start,
    endDate: calendar.end,
    openedBy: actor.personId,
    openedAt: now.toISOString(),
  };
  await ports.campaigns.openCampaign(campaign);
  const current = await ports.campaigns.currentLoans();
  // Every loan out is among those running now: who is late is read from them, with no query per borrower.
  const late = new Set(current.filter((loan) => isOverdue(loan, today)).map((loan) => loan.borrowerId));
  const loans = current.filter((loan) => renewable(loan, campaign.startDate));
  const borrowers = new Map(
    (await ports.directory.people([...new Set(loans.map((loan) => loan.borrowerId))])).map((person) => [
      person.personId,
      person,
    ]),
  );
  let created = 0;
  let skipped = 0;
  for (const loan of loans) {
    const borrower = borrowers.get(loan.borrowerId);
    const mayRenew = borrower !== undefined && borrower.status !== 'retired' && !late.has(loan.borrowerId);
    if (!mayRenew) {
      skipped += 1;
      continue;
    }
    const renewal = renewalOf(loan, campaign, ports.newId(), actor.personId, now.toISOString());
    if (await ports.campaigns.addRenewal(campaign.schoolYear, renewal)) created += 1;
  }
  return { campaign, created, skipped };
};

/** What the campaign's screen shows of a renewal: who, which instrument, the answer, the status. */
const renewalLine = (
  loan: Loan,
  names: Map<string, { firstName: string; lastName: string }>,
  kind: string,
) => ({
  loanId: loan.loanId,
  renews: loan.renews,
  borrower: { personId: loan.borrowerId, ...(names.get(loan.borrowerId) ?? { firstName: '', lastName: '' }) },
  itemId: loan.itemId,
  kind,
  startDate: loan.startDate,
  endDate: loan.endDate,
  status: loan.status,
  answer: loan.renewalAnswer?.answer,
  version: loan.version,
});

const kindsOf = async (loans: readonly Loan[], ports: Pick<CampaignPorts, 'items'>) => {
  const kinds = new Map<string, string>();
  for (const itemId of new Set(loans.flatMap((loan) => (loan.itemId ? [loan.itemId] : []))))
    kinds.set(itemId, (await ports.items.item(itemId))?.kind ?? '');
  return (loan: Loan) => (loan.itemId ? (kinds.get(loan.itemId) ?? '') : (loan.wanted?.kind ?? ''));
};

/** The campaign's screen: its dates and every renewal, by borrower's name. Staff only (it names the pupils). */
export const readRenewalCampaign = async (schoolYear: string, actor: Actor, ports: CampaignPorts) => {
  await authorize(actor, 'loans:write', { kind: 'school' }, ports.directory);
  const campaign = await ports.campaigns.campaign(schoolYear);
  if (!campaign) throw new NotFoundError('campaign', schoolYear);
  const renewals = await ports.campaigns.renewals(schoolYear);
  const people = await ports.directory.people([...new Set(renewals.map((loan) => loan.borrowerId))]);
  const names = new Map(people.map((person) => [person.personId, person]));
  const kindOf = await kindsOf(renewals, ports);
  return {
    campaign,
    renewals: renewals
      .map((loan) => renewalLine(loan, names, kindOf(loan)))
      .sort(
        (a, b) =>
          a.borrower.lastName.localeCompare(b.borrower.lastName, 'fr') ||
          a.borrower.firstName.localeCompare(b.borrower.firstName, 'fr') ||
          a.loanId.localeCompare(b.loanId),
      ),
  };
};

/**
 * The asker's renewals waiting for an answer or a decision, and their children's: what « Renouveler » and
 * « Rendre » apply to. One query of each borrower's loans.
 */
export const myRenewals = async (actor: Actor, ports: CampaignPorts) => {
  const childIds = actor.profiles.includes('guardian')
    ? await ports.directory.childrenOf(actor.personId)
    : [];
  const borrowerIds = [actor.personId, ...childIds];
  const loans = (await Promise.all(borrowerIds.map((id) => ports.borrowers.loansOf(id))))
    .flat()
    .filter((loan) => loan.renews !== undefined && loan.status === 'requested');
  const people = await ports.directory.people(borrowerIds);
  const names = new Map(people.map((person) => [person.personId, person]));
  const kindOf = await kindsOf(loans, ports);
  return { renewals: loans.map((loan) => renewalLine(loan, names, kindOf(loan))) };
};

/** « Je renouvelle » or « je rends », by the borrower or their guardian, while staff have not decided. */
export const answerRenewal = async (
  loanId: string,
  input: z.infer<typeof renewalAnswerSchema>,
  actor: Actor,
  ports: CampaignPorts,
) => {
  const loan = await ports.campaigns.loan(loanId);
  if (!loan?.renews) throw new NotFoundError('renewal', loanId);
  await authorize(actor, 'loans:renew', { kind: 'person', personId: loan.borrowerId }, ports.directory);
  if (loan.status !== 'requested')
    throw new ConflictError('renewal_not_open', `The renewal ${loanId} is ${loan.status}`);
  const at = ports.clock.now().toISOString();
  const next: Loan = {
    ...loan,
    renewalAnswer: { answer: input.answer, by: actor.personId, at },
    version: loan.version + 1,
    updatedAt: at,
  };
  if (!(await ports.campaigns.update(loan, next)))
    throw new ConflictError('renewal_not_open', `The renewal ${loanId} changed meanwhile`);
  return { loanId, answer: input.answer, version: next.version };
};

type Outcome = { loanId: string; outcome: 'approved' | 'refused' } | { loanId: string; code: string };

/**
 * Staff decide the campaign's renewals in one call: those to approve go through the item's hold (its day marks and
 * the loan approved, in one transaction each), those to refuse are refused; each says how it went, and one that
 * fails (held meanwhile, decided by someone else) does not stop the others.
 */
export const decideRenewals = async (
  schoolYear: string,
  input: CampaignDecisions,
  actor: Actor,
  ports: CampaignPorts,
) => {
  await authorize(actor, 'loans:write', { kind: 'school' }, ports.directory);
  const both = input.approve.filter((loanId) => input.refuse.includes(loanId));
  if (both.length > 0) throw new ValidationError('refuse', 'must not list a renewal also approved');
  if (!(await ports.campaigns.campaign(schoolYear))) throw new NotFoundError('campaign', schoolYear);
  const decision = {
    by: actor.personId,
    at: ports.clock.now().toISOString(),
    ...(input.reason ? { reason: input.reason } : {}),
  };
  const renewals = new Map((await ports.campaigns.renewals(schoolYear)).map((loan) => [loan.loanId, loan]));
  const outcomes: Outcome[] = [];
  const decide = async (loanId: string, approve: boolean): Promise<Outcome> => {
    const loan = renewals.get(loanId);
    if (!loan) return { loanId, code: 'not_found' };
    if (loan.status !== 'requested') return { loanId, code: 'renewal_not_open' };
    if (approve) {
      const item = loan.itemId ? await ports.items.item(loan.itemId) : undefined;
      if (!item) return { loanId, code: 'not_found' };
      const held = await ports.holdRenewal(loan, item.family, decision, actor);
      return held === 'approved'
        ? { loanId, outcome: 'approved' }
        : { loanId, code: held === 'item_held' ? 'item_held' : 'renewal_not_open' };
    }
    const refused: Loan = {
      ...loan,
      status: 'refused',
      decision,
      version: loan.version + 1,
      updatedAt: decision.at,
    };
    return (await ports.campaigns.update(loan, refused))
      ? { loanId, outcome: 'refused' }
      : { loanId, code: 'renewal_not_open' };
  };
  for (const loanId of input.approve) outcomes.push(await decide(loanId, true));
  for (const loanId of input.refuse) outcomes.push(await decide(loanId, false));
  return { outcomes };
};

import type { ActivationBatch } from '#domain/identity/activation-batch';
import type { ImportPlan } from '#domain/imports/import-plan';
import type { ItemChange } from '#domain/loans/item';
import type { PersonalDataChange } from '#domain/people/personal-data-change';
import type { AuditAction, AuditEntry, AuditParty } from './audit-entry';
import { personParty } from './audit-entry';

/** The entries of each change the trail records, built where the change is, written in the change's own write. */

const actionOfChange: Record<PersonalDataChange['what'], AuditAction | undefined> = {
  'person-added': 'person.created',
  'contact-updated': 'person.updated',
  'records-merged': 'person.merged',
  'account-activated': 'account.activated',
  'password-reset': 'account.password-reset',
  // A batch of codes has one entry of its own, `activation-codes.issued`; a username it gives is a change.
  'activation-code-issued': 'person.updated',
  // An import's changes are audit entries in the first place.
  'imported-created': undefined,
  'imported-updated': undefined,
  'imported-retired': undefined,
};

/** A change of personal data made by hand (or by the person activating their account), as an entry. */
export const entryOfPersonalDataChange = (change: PersonalDataChange): AuditEntry | undefined => {
  const action = actionOfChange[change.what];
  if (!action || !('personId' in change.by)) return undefined;
  if (change.what === 'activation-code-issued' && change.fields.length === 0) return undefined;
  return {
    entryId: change.changeId,
    at: change.at,
    actor: personParty(change.by.personId),
    action,
    subject: personParty(change.personId),
    details: { fields: change.fields.map(({ field }) => field) },
  };
};

/**
 * The people an import creates, updates and retires, each an entry by the job. Ids are derived from the job and
 * the person: a job applied again after it stopped half-way writes the same entry again, not a second one, as
 * long as the instant is the same.
 */
export const entriesOfImport = (
  plan: Pick<ImportPlan, 'createPeople' | 'updatePeople' | 'retirePeople'>,
  job: { jobId: string; source: string },
  at: string,
): Map<string, AuditEntry> => {
  const entry = (personId: string, action: AuditAction, fields?: readonly string[]): [string, AuditEntry] => [
    personId,
    {
      entryId: `${job.jobId}.${personId}`,
      at,
      actor: { kind: 'import-job', id: job.jobId },
      action,
      subject: personParty(personId),
      details: { source: job.source, ...(fields && { fields }) },
    },
  ];
  return new Map([
    ...plan.createPeople.map((person) => entry(person.personId, 'person.created')),
    ...plan.updatePeople.map(({ after, fields }) => entry(after.personId, 'person.updated', fields)),
    ...plan.retirePeople.map(({ after }) => entry(after.personId, 'person.retired')),
  ]);
};

export const entryOfActivationBatch = (batch: ActivationBatch): AuditEntry => ({
  entryId: batch.batchId,
  at: batch.createdAt,
  actor: personParty(batch.createdBy),
  action: 'activation-codes.issued',
  subject: { kind: 'activation-batch', id: batch.batchId },
  details: {
    ...batch.scope,
    accounts: batch.accounts,
    letters: batch.letters,
  },
});

/** A feed published or revoked; what it shows, by kind and id. */
export const entryOfFeed = (
  action: 'feed.published' | 'feed.revoked',
  feed: { feedId: string; selection: { kind: string; id: string } },
  by: AuditParty,
  at: string,
): AuditEntry => ({
  entryId: `${feed.feedId}.${action}`,
  at,
  actor: by,
  action,
  subject: { kind: 'feed', id: feed.feedId },
  details: { shows: `${feed.selection.kind}:${feed.selection.id}` },
});

/** A mini-site published or taken down; its tabs, by kind. */
export const entryOfMiniSite = (
  action: 'mini-site.published' | 'mini-site.taken-down',
  site: { siteId: string; tabs: readonly { kind: string }[] },
  by: AuditParty,
  at: string,
): AuditEntry => ({
  entryId: `${site.siteId}.${action}`,
  at,
  actor: by,
  action,
  subject: { kind: 'mini-site', id: site.siteId },
  details: { tabs: site.tabs.map(({ kind }) => kind) },
});

/** Usernames are `prenom.nom`: anything else typed in the field (a password, by mistake) is not kept. */
const usernameShape = /^[a-z0-9][a-z0-9._@-]{0,63}$/;

/**
 * A sign-in, or a failed one: under the account's person when the username is one, else under the username
 * typed, when it looks like one.
 */
export const entryOfSignIn = (
  outcome: 'signed-in' | 'failed',
  who: { personId?: string; username: string },
  entryId: string,
  at: string,
): AuditEntry => {
  const party = who.personId
    ? personParty(who.personId)
    : ({ kind: 'username', id: usernameShape.test(who.username) ? who.username : '?' } as const);
  return {
    entryId,
    at,
    actor: party,
    action: outcome === 'signed-in' ? 'session.signed-in' : 'session.sign-in-failed',
    subject: party,
    details: {},
  };
};

/**
 * A register taken (its first version) or changed (a later one): by whom, which version, how many pupils absent
 * and late; never who (the register's versions keep the marks).
 */
export const entryOfRegister = (register: {
  registerId: string;
  session: { activityId: string; seriesDate: string };
  version: number;
  takenBy: string;
  takenAt: string;
  pupils: readonly { mark: string }[];
}): AuditEntry => ({
  entryId: `${register.registerId}.v${register.version}`,
  at: register.takenAt,
  actor: personParty(register.takenBy),
  action: register.version === 1 ? 'register.taken' : 'register.changed',
  // `<activityId>:<seriesDate>`, an id the trail's filter takes.
  subject: { kind: 'register', id: `${register.session.activityId}:${register.session.seriesDate}` },
  details: {
    version: register.version,
    absent: register.pupils.filter(({ mark }) => mark === 'absent').length,
    late: register.pupils.filter(({ mark }) => mark === 'late').length,
  },
});

/**
 * A reason for a pupil's absence declared, accepted or refused: under the pupil, naming the justification and its
 * span (and whether a document came with it), never the reason, the note or the answer.
 */
export const entryOfJustification = (justification: {
  justificationId: string;
  pupilId: string;
  from: { date: string; half: string };
  to: { date: string; half: string };
  state: 'pending' | 'accepted' | 'refused';
  declaredBy: string;
  declaredAt: string;
  decidedBy?: string;
  decidedAt?: string;
  documentId?: string;
}): AuditEntry => {
  const declared = justification.state === 'pending';
  const action: AuditAction =
    justification.state === 'pending' ? 'justification.declared' : `justification.${justification.state}`;
  return {
    entryId: `${justification.justificationId}.${action}`,
    at: declared ? justification.declaredAt : (justification.decidedAt ?? justification.declaredAt),
    actor: personParty(
      declared ? justification.declaredBy : (justification.decidedBy ?? justification.declaredBy),
    ),
    action,
    subject: personParty(justification.pupilId),
    details: {
      justification: justification.justificationId,
      span: `${justification.from.date} ${justification.from.half} – ${justification.to.date} ${justification.to.half}`,
      ...(declared && justification.documentId && { document: 'yes' }),
    },
  };
};

/** An item of the inventory added or changed (by hand or by an import): which version, which fields. */
export const entryOfItemChange = (
  change: Pick<ItemChange, 'version' | 'at' | 'by' | 'change'> & {
    fields: readonly string[];
    item: { itemId: string };
  },
): AuditEntry => ({
  entryId: `item-${change.item.itemId}.v${change.version}`,
  at: change.at,
  actor: personParty(change.by),
  action: change.version === 1 ? 'item.created' : 'item.changed',
  subject: { kind: 'item', id: change.item.itemId },
  details: {
    version: change.version,
    fields: change.fields,
    ...(change.change === 'imported' && { source: 'import' }),
  },
});

/** A decision on a loan: who, which loan, the decision, its number and item once approved. */
export const entryOfLoanDecision = (
  loan: { loanId: string; number?: string; itemId?: string; status: string; version: number },
  by: string,
  at: string,
): AuditEntry => ({
  entryId: `loan-${loan.loanId}.v${loan.version}`,
  at,
  actor: personParty(by),
  action: 'loan.decided',
  subject: { kind: 'loan', id: loan.loanId },
  details: {
    status: loan.status,
    ...(loan.number && { number: loan.number }),
    ...(loan.itemId && { item: loan.itemId }),
  },
});

/** An invoice or credit note issued, or a draft numbered by the school's accounting: who, which, its number. */
export const entryOfInvoice = (
  invoice: {
    invoiceId: string;
    kind: string;
    number?: string;
    externalNumber?: string;
    draftReference: string;
  },
  action: 'invoice.issued' | 'invoice.credited' | 'invoice.numbered',
  by: string,
  at: string,
): AuditEntry => ({
  entryId: `${invoice.invoiceId}.${action}`,
  at,
  actor: personParty(by),
  action,
  subject: { kind: 'invoice', id: invoice.invoiceId },
  details: { kind: invoice.kind, number: invoice.number ?? invoice.externalNumber ?? invoice.draftReference },
});

/**
 * A payment recorded against an invoice, or cancelled by its reversal: under the invoice, naming the entry and the
 * amounts in cents (a client is a legal entity; no person's data).
 */
export const entryOfPayment = (
  payment: {
    paymentId: string;
    invoiceId: string;
    kind: 'payment' | 'reversal';
    amountCents: number;
    recordedAt: string;
    recordedBy: string;
    reverses?: string;
  },
  balanceCents: number,
): AuditEntry => ({
  entryId: `payment.${payment.paymentId}`,
  at: payment.recordedAt,
  actor: personParty(payment.recordedBy),
  action: payment.kind === 'payment' ? 'payment.recorded' : 'payment.cancelled',
  subject: { kind: 'invoice', id: payment.invoiceId },
  details: {
    payment: payment.reverses ?? payment.paymentId,
    amountCents: payment.amountCents,
    balanceCents,
  },
});

// L6 the school's rules of lending
/** The school's rules of lending set anew: who, which version, how many rules. */
export const entryOfLoanRules = (change: {
  version: number;
  rules: readonly unknown[];
  updatedAt: string;
  updatedBy: string;
}): AuditEntry => ({
  entryId: `loan-rules.v${change.version}`,
  at: change.updatedAt,
  actor: personParty(change.updatedBy),
  action: 'loan-rules.changed',
  subject: { kind: 'school', id: 'loan-rules' },
  details: { version: change.version, rules: change.rules.length },
});

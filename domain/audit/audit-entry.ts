/**
 * The school's audit trail: who did what to what, and when. An entry names people by their ids only, and the
 * fields a change touched without their values (the values are the person's record): the trail shows what
 * happened without keeping a second copy of a child's data for a year.
 */
export const auditActions = [
  'person.created',
  'person.updated',
  'person.retired',
  'person.merged',
  'account.activated',
  'account.password-reset',
  'activation-codes.issued',
  'feed.published',
  'feed.revoked',
  'mini-site.published',
  'mini-site.taken-down',
  'session.signed-in',
  'session.sign-in-failed',
  'audit.retention-changed',
  'register.taken',
  'register.changed',
  'justification.declared',
  'justification.accepted',
  'justification.refused',
  'item.created',
  'item.changed',
  // L1 loans
  'loan.decided',
  'invoice.issued',
  'invoice.credited',
  'invoice.numbered',
  'quote.drafted',
  'quote.sent',
  'quote.accepted',
  'quote.refused',
  'quote.expired',
  'quote.cancelled',
  // S4 sales payments
  'payment.recorded',
  'payment.cancelled',
  // T1 technical staff's time
  'staff-contract.set',
  'shift.planned',
  'shift.changed',
  'shift.removed',
  // T2 hours, approval, exports
  'time-week.approved',
  'time-week.reopened',
  // L6 the school's rules of lending
  'loan-rules.changed',
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * Who acted, or what an entry is about. `import-job` is an import that changed people, `username` a sign-in
 * attempt under a name no account holds.
 */
export type AuditPartyKind =
  | 'person'
  | 'import-job'
  | 'username'
  | 'feed'
  | 'mini-site'
  | 'activation-batch'
  | 'school'
  | 'register'
  | 'item'
  | 'loan'
  | 'invoice'
  | 'quote'
  | 'client'
  | 'shift';
export interface AuditParty {
  kind: AuditPartyKind;
  id: string;
}

/** What an entry adds: the fields changed, a batch's scope and size, an import's source… never a field's value. */
export type AuditDetails = Readonly<Record<string, string | number | readonly string[]>>;

export interface AuditEntry {
  entryId: string;
  /** The instant, ISO 8601 in UTC. */
  at: string;
  actor: AuditParty;
  action: AuditAction;
  subject: AuditParty;
  details: AuditDetails;
}

/** An entry as stored: with the instant DynamoDB's TTL removes it, per the school's retention then. */
export interface StoredAuditEntry extends AuditEntry {
  expiresAt: string;
}

/** Every write of the trail goes through one recorder: alone (sign-ins), or inside the change's own write. */
export interface AuditRecorder {
  record(entry: AuditEntry): Promise<void>;
}

export const personParty = (personId: string): AuditParty => ({ kind: 'person', id: personId });

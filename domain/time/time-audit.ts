import type { AuditEntry } from '#domain/audit/audit-entry';
import { personParty } from '#domain/audit/audit-entry';
import type { StaffContract } from './contract';
import type { StoredShift } from './time-ports';

/** The audit entries of the technical staff's time: ids, days and rules only, never a reason's words. */

export const entryOfShift = (
  shift: StoredShift,
  action: 'shift.planned' | 'shift.changed' | 'shift.removed',
  by: string,
  at: string,
): AuditEntry => ({
  entryId: `shift-${shift.shiftId}.v${shift.version}${action === 'shift.removed' ? '.removed' : ''}`,
  at,
  actor: personParty(by),
  action,
  subject: { kind: 'shift', id: shift.shiftId },
  details: {
    person: shift.personId,
    day: shift.day,
    work: shift.work,
    version: shift.version,
    ...(shift.exception && { exception: shift.exception.ground }),
    ...(shift.accepted.length > 0 && { rules: shift.accepted.map((breach) => breach.ruleId) }),
  },
});

export const entryOfContract = (
  contract: StaffContract,
  by: string,
  at: string,
  version: number,
): AuditEntry => ({
  entryId: `staff-contract-${contract.personId}.v${version}`,
  at,
  actor: personParty(by),
  action: 'staff-contract.set',
  subject: personParty(contract.personId),
  details: {
    kind: contract.kind,
    fields: ['kind', 'weeklyMinutes', 'skills', 'from', 'until', 'pay', 'hourlyRateCents'],
  },
});

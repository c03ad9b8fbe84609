/** The codes of the audit trail's refusals: a period that runs backwards, is too long, or holds too many entries. */
export const auditErrorCodes = ['period_reversed', 'period_too_long', 'too_many_entries'] as const;

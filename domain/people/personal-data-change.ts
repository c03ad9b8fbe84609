/**
 * One entry of the audit trail of personal data: who changed what of whom, and when. Kept in the school's table
 * with the person, for as long as the person's record.
 */
export interface PersonalDataChange {
  changeId: string;
  personId: string;
  at: string;
  /** The person who made the change, or the import job that did (read from the school's audit trail). */
  by: { personId: string; name: string } | { importJobId: string };
  what:
    | 'contact-updated'
    | 'account-activated'
    | 'password-reset'
    | 'activation-code-issued'
    | 'records-merged'
    | 'person-added'
    | 'imported-created'
    | 'imported-updated'
    | 'imported-retired';
  fields: { field: string; before?: string; after?: string }[];
}

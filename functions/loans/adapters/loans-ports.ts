import { randomUUID } from 'node:crypto';
import type { Actor } from '#domain/identity/actor';
import { decideOnLoan } from '#domain/loans/decide-loan';
import type { Loan } from '#domain/loans/loan';
import type { LoanNoticePorts } from '#domain/loans/loan-notices';
import type {
  CampaignPorts,
  CataloguePorts,
  LoanFormPorts,
  LoanPorts,
  LoansPorts,
  OverduePorts,
} from '#domain/loans/loans-ports';
import type { PhotoPorts } from '#domain/loans/photos';
import type { LoanRulesPorts } from '#domain/loans/school-loan-rules';
import { notifyPeople } from '#domain/messaging/notify-people';
import { AccessDeniedError, ConflictError, StaleVersionError } from '#domain/shared/errors';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { notificationPorts } from '#functions/messaging/adapters/notification-ports';
import { directory } from '#functions/people/adapters/directory';
import { dynamoCalendarStore } from '#functions/planning/adapters/dynamo-calendar-store';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoInventory } from './dynamo-inventory';
import { dynamoLoanCampaign } from './dynamo-loan-campaign';
import { dynamoLoanForm, loanFiles } from './dynamo-loan-form';
import { dynamoBorrowerLoans, dynamoLoanReminders } from './dynamo-loan-reminders';
import { dynamoLoanRules } from './dynamo-loan-rules';
import { dynamoLoans } from './dynamo-loans';
import { s3CatalogueFiles } from './s3-catalogue-files';
import { s3PhotoFiles } from './s3-photo-files';

const tableName = requireEnv(functionEnvironment.tableName);
const school = schoolFromEnvironment();
const clock = { now: () => new Date() };

/** The ports of the instruments' handlers: this school's table, its directory, clock and ids. */
export const loansPorts: LoansPorts = {
  inventory: dynamoInventory(tableName),
  relations: directory,
  clock,
  newId: randomUUID,
  school: { schoolId: school.schoolId, name: school.name, timeZone: school.timeZone },
};

/** The catalogues' ports: the inventory, and the site bucket they are written to (lazily: few handlers write it). */
export const cataloguePorts = (): CataloguePorts => ({
  inventory: loansPorts.inventory,
  files: s3CatalogueFiles(requireEnv(functionEnvironment.siteBucket)),
  photos: s3PhotoFiles(requireEnv(functionEnvironment.documentsBucket)),
  clock,
  school: { name: school.name, timeZone: school.timeZone },
});

// L2 loan form
/** The loan form's ports: the loans, the inventory, the directory (birth dates, names), the documents bucket. */
export const loanFormPorts: LoanFormPorts = {
  loans: dynamoLoanForm(tableName),
  inventory: loansPorts.inventory,
  people: directory,
  relations: directory,
  files: loanFiles(),
  clock,
  newId: randomUUID,
  school: loansPorts.school,
};

// L3 overdue and campaign
const notify = notificationPorts();

/** The overdue reminders' ports: the loans out, the borrowers' loans, the directory and messaging's notifications. */
export const overduePorts: OverduePorts = {
  overdue: dynamoLoanReminders(tableName),
  borrowers: dynamoBorrowerLoans(tableName),
  items: loansPorts.inventory,
  directory,
  notify: (draft) => notifyPeople(draft, notify),
  clock,
  school: { timeZone: school.timeZone },
};

/** The renewal campaign's ports: its store, the hold of an approval, the school calendar of the next year. */
export const campaignPorts: CampaignPorts = {
  campaigns: dynamoLoanCampaign(tableName),
  holdRenewal: (loan, _family, _decision, actor) => renewalThroughDesk(loan, actor),
  borrowers: overduePorts.borrowers,
  items: loansPorts.inventory,
  calendars: dynamoCalendarStore(tableName),
  directory,
  clock,
  newId: randomUUID,
  school: { timeZone: school.timeZone },
};

// L5 notices
/** A decision's notice: the loan read again, the borrower and their guardians, messaging's notifications. */
export const loanNoticePorts: LoanNoticePorts = {
  loans: dynamoLoanForm(tableName),
  directory,
  notify: overduePorts.notify,
  clock,
  school: { timeZone: school.timeZone },
};

// L6 the school's rules of lending
/** The rules' ports: their item in this school's table, the directory, the clock. */
export const loanRulesPorts: LoanRulesPorts = {
  loanRules: dynamoLoanRules(tableName),
  relations: directory,
  clock,
};

// L1 loans
/** The loans' ports: the inventory's, the loans and their marks, the directory, and the school's rules of lending. */
export const loanPorts: LoanPorts = {
  ...loansPorts,
  loans: dynamoLoans(tableName),
  directory,
  rules: async () => (await loanRulesPorts.loanRules.read()).rules,
};
/** The photos' ports: the inventory's, and the documents bucket (lazily: only the photos' handlers read it). */
export const photoPorts = (): PhotoPorts => ({
  ...loansPorts,
  photos: s3PhotoFiles(requireEnv(functionEnvironment.documentsBucket)),
});

// L5 renewals through the desk
/**
 * A renewal granted as the desk grants a loan (`decideOnLoan`): numbered in the year's series, its marks written with
 * their summaries, `LoanDecided` and the audit entry in the same transaction. A day held by another loan is
 * `item_held`; a renewal changed or decided meanwhile, or one the rules now refuse, is no longer open.
 */
const renewalThroughDesk = async (loan: Loan, actor: Actor) => {
  try {
    const input = {
      decision: 'approve' as const,
      version: loan.version,
      ...(loan.itemId && { itemId: loan.itemId }),
    };
    await decideOnLoan(loan.loanId, input, actor, loanPorts);
    return 'approved' as const;
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'item_held') return 'item_held' as const;
    if (
      error instanceof StaleVersionError ||
      error instanceof ConflictError ||
      error instanceof AccessDeniedError
    )
      return 'stale' as const;
    throw error;
  }
};

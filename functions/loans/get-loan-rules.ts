import { readLoanRules } from '#domain/loans/school-loan-rules';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { loanRulesPorts } from './adapters/loans-ports';

/** The school's rules of lending and their version (0 while it keeps the defaults), to staff and teachers. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await readLoanRules(actor, loanRulesPorts),
}));

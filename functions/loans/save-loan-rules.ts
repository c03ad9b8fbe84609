import { loanRulesInputSchema, saveLoanRules } from '#domain/loans/school-loan-rules';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { loanRulesPorts } from './adapters/loans-ports';

/** Staff set the school's rules of lending on the version they read: one of two saving at once wins (409 `loan_rules_stale`). */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await saveLoanRules(parseJsonBody(event, loanRulesInputSchema), actor, loanRulesPorts),
}));

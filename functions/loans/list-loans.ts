import { loanListQuerySchema } from '#domain/loans/loan-input';
import { listLoans } from '#domain/loans/read-loans';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { loanPorts } from './adapters/loans-ports';

/** The desk's loans of a status, an item's, a person's, or one's own and one's children's. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await listLoans(parseQuery(event, loanListQuerySchema), actor, loanPorts),
}));

import { availabilityQuerySchema } from '#domain/loans/loan-input';
import { familyAvailability } from '#domain/loans/read-loans';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { loanPorts } from './adapters/loans-ports';

/** A family's items and the days each is held over a month. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await familyAvailability(parseQuery(event, availabilityQuerySchema), actor, loanPorts),
}));

import { issueInvoice, issueInvoiceInputSchema } from '#domain/sales/issue-invoice';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';

/** « Facturer » on an accepted quote: the whole of it, a deposit or the balance, with the next number. */
export const handler = signedInHandler(async (event, actor) => {
  const quoteId = pathParameter(event, 'quoteId');
  const input = parseJsonBody(event, issueInvoiceInputSchema);
  return { status: 201, body: await issueInvoice(quoteId, input, actor, invoicePorts) };
});

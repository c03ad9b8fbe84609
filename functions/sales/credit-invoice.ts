import { creditInvoice } from '#domain/sales/issue-invoice';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';

/** « Établir un avoir »: a credit note cancels the invoice whole. */
export const handler = signedInHandler(async (event, actor) => {
  const invoiceId = pathParameter(event, 'invoiceId');
  return { status: 201, body: await creditInvoice(invoiceId, actor, invoicePorts) };
});

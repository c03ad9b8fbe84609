import { getInvoice } from '#domain/sales/read-invoices';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';

/** An invoice or credit note, as issued (and its state). */
export const handler = signedInHandler(async (event, actor) => {
  const invoiceId = pathParameter(event, 'invoiceId');
  return { status: 200, body: await getInvoice(invoiceId, actor, invoicePorts) };
});

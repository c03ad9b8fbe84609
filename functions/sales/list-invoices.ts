import { invoiceListQuerySchema } from '#domain/sales/issue-invoice';
import { listInvoices } from '#domain/sales/read-invoices';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';

/** The invoices by state and period, newest first. */
export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, invoiceListQuerySchema);
  return { status: 200, body: await listInvoices(query, actor, invoicePorts) };
});

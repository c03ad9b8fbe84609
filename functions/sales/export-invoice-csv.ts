import { documentNumber } from '#domain/sales/invoice';
import { invoiceCsv } from '#domain/sales/invoice-csv';
import { getInvoice } from '#domain/sales/read-invoices';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';

/** « Exporter »: an invoice's data as CSV, for the EPLE's or the town's accounting software. */
export const handler = signedInHandler(async (event, actor) => {
  const invoice = await getInvoice(pathParameter(event, 'invoiceId'), actor, invoicePorts);
  return {
    status: 200,
    file: {
      bytes: invoiceCsv(invoice),
      contentType: 'text/csv; charset=utf-8',
      fileName: `${documentNumber(invoice)}.csv`,
    },
  };
});

import { facturXPdf } from '#domain/sales/e-invoice';
import { documentNumber } from '#domain/sales/invoice';
import { getInvoice } from '#domain/sales/read-invoices';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';
import { renderInvoicePdf } from './invoice-pdf/invoice-pdf';

/** The invoice as Factur-X (EN 16931): its PDF/A-3, with the CII XML embedded as factur-x.xml. */
export const handler = signedInHandler(async (event, actor) => {
  const invoice = await getInvoice(pathParameter(event, 'invoiceId'), actor, invoicePorts);
  const bytes = await facturXPdf(invoice, await renderInvoicePdf(invoice));
  return {
    status: 200,
    file: { bytes, contentType: 'application/pdf', fileName: `${documentNumber(invoice)}.pdf` },
  };
});

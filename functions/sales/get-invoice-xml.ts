import { ciiXml, ublXml } from '#domain/sales/e-invoice';
import { documentNumber } from '#domain/sales/invoice';
import { getInvoice } from '#domain/sales/read-invoices';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';

/** The invoice's XML alone: UBL 2.1 (an Invoice, or a CreditNote) or CII (EN16931), for Chorus Pro or a platform. */
export const invoiceXmlHandler = (format: 'ubl' | 'cii') =>
  signedInHandler(async (event, actor) => {
    const invoice = await getInvoice(pathParameter(event, 'invoiceId'), actor, invoicePorts);
    const xml = format === 'ubl' ? await ublXml(invoice) : await ciiXml(invoice);
    return {
      status: 200,
      file: {
        bytes: new TextEncoder().encode(xml),
        contentType: 'application/xml',
        fileName: `${documentNumber(invoice)}-${format}.xml`,
      },
    };
  });

import { invoiceXmlHandler } from './get-invoice-xml';

/** The invoice as UBL 2.1: an Invoice, or a CreditNote for a credit note. */
export const handler = invoiceXmlHandler('ubl');

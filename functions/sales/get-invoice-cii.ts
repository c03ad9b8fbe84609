import { invoiceXmlHandler } from './get-invoice-xml';

/** The invoice as CII (EN16931), the XML its Factur-X embeds. */
export const handler = invoiceXmlHandler('cii');

import { externalNumberInputSchema, recordExternalNumber } from '#domain/sales/issue-invoice';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { invoicePorts } from './adapters/invoice-ports';

/** « Numéro attribué »: the number an EPLE's or a town's accounting gave the draft. */
export const handler = signedInHandler(async (event, actor) => {
  const invoiceId = pathParameter(event, 'invoiceId');
  const { externalNumber } = parseJsonBody(event, externalNumberInputSchema);
  return { status: 200, body: await recordExternalNumber(invoiceId, externalNumber, actor, invoicePorts) };
});

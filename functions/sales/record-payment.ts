import { paymentInputSchema } from '#domain/sales/payment';
import { recordPayment } from '#domain/sales/record-payment';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { paymentPorts } from './adapters/payment-ports';

/** Staff record a payment against an issued invoice: the balance moves in the same transaction (409 overpayment). */
export const handler = signedInHandler(async (event, actor) => {
  const invoiceId = pathParameter(event, 'invoiceId');
  const input = parseJsonBody(event, paymentInputSchema);
  return { status: 201, body: await recordPayment(invoiceId, input, actor, paymentPorts) };
});
